import type { BullmqRunnerOptions } from './bullmq-runner.js';
import type { DeliveryContextOptions } from './delivery-context.js';
import type { JobRunner } from './job-runner.js';
import { OutboxRunner, type OutboxRunnerOptions } from './outbox-runner.js';

/** Everything either runner takes; `redisUrl` picks the mode. */
export type JobRunnerOptions = DeliveryContextOptions &
  Omit<OutboxRunnerOptions, keyof DeliveryContextOptions> &
  Partial<Omit<BullmqRunnerOptions, keyof DeliveryContextOptions>>;

/**
 * The runner of this deployment: BullMQ on Redis when REDIS_URL is set (scaled mode; `serve`
 * passes runWorkers false when separate `casebot worker` processes deliver), else the in-process
 * outbox runner (default mode).
 * @example const runner = await createJobRunner({ ...createDeliveryStores(store.db), sender, redisUrl: config.redisUrl });
 */
export async function createJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  if (!options.redisUrl) return new OutboxRunner(options);
  // Loaded on demand: BullMQ is only needed in scaled mode and is slow to import (cold start).
  const { BullmqRunner } = await import('./bullmq-runner.js');
  return new BullmqRunner({ ...options, redisUrl: options.redisUrl });
}
