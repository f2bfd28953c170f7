/**
 * A runner process for the crash tests: opens the SQLite store in DATA_DIR, optionally enqueues a
 * broadcast of ENQUEUE_COUNT robot destinations, delivers to the fake receiver at RECEIVER_URL,
 * and prints one JSON line per milestone. The test SIGKILLs it mid-broadcast and starts another.
 */
import { openStore } from '../../../adapters/store/open-store.js';
import { BullmqRunner } from '../../../bot/delivery/bullmq-runner.js';
import { createDeliveryStores } from '../../../bot/delivery/delivery-stores.js';
import type { JobRunner } from '../../../bot/delivery/job-runner.js';
import { OutboxRunner } from '../../../bot/delivery/outbox-runner.js';
import { broadcastJob, robot } from '../delivery-fixtures.js';
import { HttpTestSender } from './http-test-sender.js';

const env = process.env;
const say = (event: string, extra: object = {}): void => void process.stdout.write(`${JSON.stringify({ event, ...extra })}\n`);

async function main(): Promise<void> {
  const store = await openStore({ dataDir: env.DATA_DIR! });
  await store.migrate();
  const concurrency = Number(env.CONCURRENCY ?? 10);
  const common = { ...createDeliveryStores(store.db), sender: new HttpTestSender(env.RECEIVER_URL!), concurrency, sendTimeoutMs: 1_000 };
  const runner: JobRunner = env.CRASH_MODE === 'bullmq'
    ? new BullmqRunner({ ...common, redisUrl: env.REDIS_URL!, prefix: env.BULL_PREFIX!, lockDurationMs: 2_000, stalledIntervalMs: 500, reconcileEveryMs: 1_000 })
    : new OutboxRunner({ ...common, pollMs: 100, leaseMs: 2_500 });
  const count = Number(env.ENQUEUE_COUNT ?? 0);
  if (count > 0) {
    await runner.enqueue(Array.from({ length: count }, (_, i) => broadcastJob(robot(`crash-${i}`), 'B-crash')));
    say('enqueued', { count });
  }
  await runner.start();
  say('started');
  await runner.idle(60_000);
  say('idle');
  await runner.stop();
  await store.close();
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    say('error', { message: String(err) });
    process.exit(1);
  },
);
