import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../../adapters/store/open-store.js';
import { DeliveriesRepository } from '../../../adapters/store/repositories/deliveries.js';
import { FakeReceiver } from './fake-receiver.js';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));

/** A runner child process and the JSON events it printed. */
interface Child {
  process: ChildProcess;
  events: string[];
  exited: Promise<number | null>;
}

function spawnChild(env: Record<string, string>): Child {
  // node --import tsx: one process, so SIGKILL hits the runner itself (npx would leave it orphaned).
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const events: string[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) if (line.startsWith('{')) events.push((JSON.parse(line) as { event: string }).event);
  });
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, events, exited };
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Figures of one crash-and-restart run. */
export interface CrashResult {
  total: number;
  /** Pushes the killed process got to the receiver (some may land just after the kill). */
  receivedFromKilled: number;
  sentInDbAtKill: number;
  /** Pushes the platform saw from the killed process that it had not recorded as sent. */
  inFlightAtKill: number;
  /** Milliseconds: first child start to kill, and restart to idle. */
  beforeKillMs: number;
  recoveryMs: number;
  missing: number;
  duplicates: number;
}

/**
 * Runs a `total`-destination broadcast in a child process, SIGKILLs it once `killAfter` pushes
 * arrived, starts a second child on the same records, and waits until that one is idle.
 */
export async function crashAndRecover(options: {
  dataDir: string; total: number; killAfter: number; concurrency: number; env: Record<string, string>;
}): Promise<CrashResult> {
  const receiver = new FakeReceiver(100);
  const url = await receiver.start();
  const base = { ...options.env, DATA_DIR: options.dataDir, RECEIVER_URL: url, CONCURRENCY: String(options.concurrency) };
  try {
    const started = Date.now();
    const first = spawnChild({ ...base, ENQUEUE_COUNT: String(options.total) });
    await until(() => receiver.received.length >= options.killAfter || first.process.exitCode !== null, 60_000, 'pushes to arrive');
    first.process.kill('SIGKILL');
    await first.exited;
    const killedAt = Date.now();
    const sentInDbAtKill = await countSent(options.dataDir);

    const second = spawnChild({ ...base, ENQUEUE_COUNT: '0' });
    const code = await second.exited;
    const receivedFromKilled = receiver.received.filter((r) => r.pid === first.process.pid).length;
    if (code !== 0 || !second.events.includes('idle')) throw new Error(`restarted runner exited ${code} (${second.events.join(',')})`);
    const counts = receiver.counts();
    return {
      total: options.total,
      receivedFromKilled,
      sentInDbAtKill,
      inFlightAtKill: receivedFromKilled - sentInDbAtKill,
      beforeKillMs: killedAt - started,
      recoveryMs: Date.now() - killedAt,
      missing: options.total - counts.size,
      duplicates: receiver.received.length - counts.size,
    };
  } finally {
    await receiver.stop();
  }
}

async function countSent(dataDir: string): Promise<number> {
  const store = await openStore({ dataDir });
  try {
    return (await new DeliveriesRepository(store.db).countByStatus()).sent;
  } finally {
    await store.close();
  }
}
