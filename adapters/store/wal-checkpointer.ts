import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A background checkpointer; stop() ends it after a last checkpoint. */
export interface WalCheckpointer {
  stop(): Promise<void>;
}

// The worker is a small CommonJS script run with `eval`, so the same code works from the
// TypeScript sources (tsx, tests) and from dist/ without a separate build output.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = ${1_000}');
db.pragma('synchronous = FULL');
const checkpoint = (mode) => {
  try { db.pragma('wal_checkpoint(' + mode + ')'); }
  catch (error) { parentPort.postMessage({ error: String(error && error.message || error) }); }
};
const timer = setInterval(() => checkpoint('PASSIVE'), workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint('PASSIVE');
  db.close();
  parentPort.close();
});
`;

/** Options of startWalCheckpointer. */
export interface WalCheckpointerOptions {
  /** How often to copy committed WAL frames into the database file (default 1 s). */
  intervalMs?: number;
  /** Told when a checkpoint fails (the next one retries; the WAL only grows meanwhile). */
  onError?: (message: string) => void;
}

/**
 * Checkpoints a WAL-mode SQLite file from a worker thread with its own connection. SQLite's
 * automatic checkpoint runs inside whichever COMMIT crosses the threshold and blocks the event
 * loop while it copies pages and fsyncs the database file; a daily reminder sweep writing
 * tens of megabytes would pay for several. A PASSIVE checkpoint never blocks readers or the
 * writer, and durability does not depend on it: with synchronous=FULL a transaction is safe
 * once its WAL frames are synced at COMMIT.
 */
export function startWalCheckpointer(file: string, options: WalCheckpointerOptions = {}): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs: options.intervalMs ?? 1_000 } });
  worker.unref();
  worker.on('message', (m: { error?: string }) => { if (m.error) options.onError?.(m.error); });
  worker.on('error', (error) => options.onError?.(error.message));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      // Referenced again so the process waits for the last checkpoint instead of exiting early.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
