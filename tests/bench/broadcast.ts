/**
 * Broadcast bench (issue 4, Measured): 1 000 pushes over 100 WeCom robot webhooks against a real
 * local HTTP fake answering in 50 ms, with robot limits set to a test value, in either mode.
 * Reports the time against the rate-limit bound (target ≤ 1.1 × bound), pushes lost (target 0)
 * and duplicates. Export only: the bench runner lists it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { openStore } from '../../adapters/store/open-store.js';
import { BullmqRunner } from '../../bot/delivery/bullmq-runner.js';
import { createDeliveryStores, type DeliveryStores } from '../../bot/delivery/delivery-stores.js';
import type { JobRunner } from '../../bot/delivery/job-runner.js';
import { OutboxRunner } from '../../bot/delivery/outbox-runner.js';
import { createRateLimits, type RateWindow } from '../../bot/delivery/rate-limits.js';
import { broadcastJob, robot } from '../delivery/delivery-fixtures.js';
import { deletePrefix, randomPrefix } from '../delivery/redis-test-support.js';
import { FakeReceiver } from '../delivery/support/fake-receiver.js';
import { HttpTestSender } from '../delivery/support/http-test-sender.js';
import { serviceAvailable, serviceUrl } from '../support/require-service.js';
import type { BenchResult } from './bench-section.js';

/** Bench shape; the defaults are the figures. */
export interface BroadcastBenchOptions {
  destinations?: number;
  robots?: number;
  latencyMs?: number;
  /**
   * Per-robot limit at test scale: WeCom's real 20/min (doc 91770) would make one bench run take
   * minutes, so 2 per second keeps the same shape (a sliding window that binds) in seconds.
   */
  limit?: RateWindow;
  concurrency?: number;
}

/** Runs one broadcast in `mode` and reports its figures. */
export async function benchBroadcast(mode: 'outbox' | 'bullmq', options: BroadcastBenchOptions = {}): Promise<BenchResult> {
  const n = options.destinations ?? 1_000;
  const robots = options.robots ?? 100;
  const latencyMs = options.latencyMs ?? 50;
  const limit = options.limit ?? { max: 2, windowMs: 1_000 };
  const redisUrl = serviceUrl('redis');
  if (mode === 'bullmq' && !(await serviceAvailable('redis', redisUrl))) {
    return { figures: { mode, skipped: `Redis does not answer at ${redisUrl} (set TEST_REDIS_URL)` } };
  }
  const dir = mkdtempSync(join(tmpdir(), `casebot-bench-${mode}-`));
  const store = await openStore({ dataDir: dir });
  await store.migrate();
  const receiver = new FakeReceiver(latencyMs);
  const prefix = randomPrefix();
  const stores = createDeliveryStores(store.db);
  const common = {
    // Two sends per robot per window in flight at once, so a window's budget goes out together.
    ...stores, sender: new HttpTestSender(await receiver.start()), concurrency: options.concurrency ?? 200,
    rateLimitFor: createRateLimits({ 'wecom-robot': [limit] }),
  };
  const runner: JobRunner = mode === 'bullmq'
    ? new BullmqRunner({ ...common, redisUrl, prefix })
    : new OutboxRunner({ ...common, pollMs: 250 });
  try {
    // Interleaved (job i → robot i mod 100), as a broadcast to units spread over robots would be.
    const jobs = Array.from({ length: n }, (_, i) => broadcastJob(robot(`bench-${i % robots}`), `bench-${i}`));
    await runner.start();
    const cpu = process.cpuUsage();
    const started = performance.now();
    await runner.enqueue(jobs);
    const enqueueMs = performance.now() - started;
    await runner.idle(600_000);
    const elapsedMs = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    const base = figures(mode, { n, robots, latencyMs, limit, elapsedMs, receiver, stores: await statusCounts(stores) });
    return {
      figures: { ...base, enqueueMs: Math.round(enqueueMs), cpuMs: Math.round((user + system) / 1000), loadAvg1m: Number(loadavg()[0]!.toFixed(2)) },
      targets: TARGETS,
    };
  } finally {
    await runner.stop();
    await receiver.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    if (mode === 'bullmq') await deletePrefix(redisUrl, prefix);
  }
}

const TARGETS = [
  { metric: 'ratioToBound', op: '<=' as const, value: 1.1 },
  { metric: 'lost', op: '<=' as const, value: 0 },
];

async function statusCounts(stores: DeliveryStores): Promise<Record<string, number>> {
  return stores.deliveries.countByStatus();
}

function figures(
  mode: string,
  r: { n: number; robots: number; latencyMs: number; limit: RateWindow; elapsedMs: number; receiver: FakeReceiver; stores: Record<string, number> },
): Record<string, number | string> {
  const perRobot = Math.ceil(r.n / r.robots);
  // The last robot's last push cannot start before (windows − 1) full windows have passed, and
  // then takes one round trip.
  const boundMs = (Math.ceil(perRobot / r.limit.max) - 1) * r.limit.windowMs + r.latencyMs;
  const counts = r.receiver.counts();
  return {
    mode,
    deliveries: r.n,
    robots: r.robots,
    limit: `${r.limit.max}/${r.limit.windowMs}ms per robot`,
    boundMs,
    elapsedMs: Math.round(r.elapsedMs),
    ratioToBound: Number((r.elapsedMs / boundMs).toFixed(3)),
    lost: r.n - counts.size,
    duplicates: r.receiver.received.length - counts.size,
    recordedSent: r.stores.sent ?? 0,
  };
}
