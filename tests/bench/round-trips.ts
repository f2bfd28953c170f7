import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp, type App } from '../../bot/app/create-app.js';
import { loadConfig } from '../../bot/config/load-config.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { percentile } from './stats.js';

/** Figures of an end-to-end platform bench (Slack, WeCom): message in → answer at the fake. */
export interface RoundTripResult {
  name: string;
  messages: number;
  concurrency: number;
  seconds: number;
  /** Answered messages per second, end to end. */
  throughputPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** p99 of the HTTP 200 acknowledgement alone. */
  ackP99Ms: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The real app (quiet logs, its own DATA_DIR) with the given platform settings, started. */
export async function startBenchApp(env: Record<string, string>): Promise<{ app: App; url: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'casebot-bench-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: dataDir, ...env });
  const app = await createApp({ config, logger: createLogger({ level: 'warn', destination: { write: () => undefined } }) });
  return { app, url: await app.start() };
}

/**
 * Sends `total` messages from `concurrency` closed loops: `send(i)` POSTs message i and returns its
 * HTTP status; `answered(i)` resolves when the fake received its answer (register it before sending).
 */
export async function measureRoundTrips(options: {
  name: string; total: number; concurrency: number;
  answered: (i: number) => Promise<void>; send: (i: number) => Promise<number>;
}): Promise<RoundTripResult> {
  const { total, concurrency } = options;
  const latencies: number[] = [];
  const acks: number[] = [];
  let next = 0;
  async function loop(): Promise<void> {
    while (next < total) {
      const i = next++;
      const start = performance.now();
      const done = options.answered(i);
      const status = await options.send(i);
      acks.push(performance.now() - start);
      if (status !== 200) throw new Error(`bench ${options.name}: answered ${status}`);
      await done;
      latencies.push(performance.now() - start);
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  acks.sort((a, b) => a - b);
  return {
    name: options.name, messages: total, concurrency, seconds: round(seconds), throughputPerSecond: round(total / seconds),
    p50Ms: round(percentile(latencies, 50)), p99Ms: round(percentile(latencies, 99)), ackP99Ms: round(percentile(acks, 99)),
  };
}
