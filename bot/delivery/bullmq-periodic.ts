import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DeliveryLogger } from './delivery-context.js';
import { workerConnectionOptions } from './redis-connections.js';
import { closeWithin } from './close-within.js';

interface PeriodicTask {
  everyMs: number;
  fn: () => Promise<void>;
}

/**
 * Periodic tasks of scaled mode: one BullMQ job scheduler per task (`upsertJobScheduler` is an
 * idempotent upsert by id, so every process may register), one job per period, taken by exactly
 * one worker of the cluster. Every worker process must register the same tasks.
 */
export class BullmqPeriodic {
  private readonly tasks = new Map<string, PeriodicTask>();
  private readonly queue: Queue;
  private worker: Worker | undefined;

  constructor(
    private readonly options: { redisUrl: string; prefix: string; queueName: string; logger?: DeliveryLogger },
    private readonly producer: Redis,
  ) {
    this.queue = new Queue(options.queueName, { connection: producer, prefix: options.prefix });
    this.queue.on('error', () => undefined);
  }

  async register(name: string, everyMs: number, fn: () => Promise<void>): Promise<void> {
    this.tasks.set(name, { everyMs, fn });
    // While Redis is down the scheduler is written when it comes back (upsertAll on reconnect).
    if (this.producer.status === 'ready') await this.upsert(name, everyMs);
  }

  /** Writes every scheduler again (Redis may have lost them in a restart). */
  async upsertAll(): Promise<void> {
    for (const [name, task] of this.tasks) await this.upsert(name, task.everyMs);
  }

  async startWorker(): Promise<void> {
    this.worker = new Worker(
      this.options.queueName,
      async (job) => {
        const task = this.tasks.get(job.name);
        if (!task) throw new Error(`periodic task "${job.name}" is not registered in this process`);
        await task.fn();
      },
      {
        connection: workerConnectionOptions(this.options.redisUrl),
        prefix: this.options.prefix,
        concurrency: 1,
        removeOnComplete: { count: 10 },
        removeOnFail: { count: 50 },
      },
    );
    this.worker.on('error', (err) => this.options.logger?.warn({ err: String(err) }, 'periodic worker error'));
    this.worker.on('failed', (job, err) => this.options.logger?.error({ task: job?.name, err: String(err) }, 'periodic task failed'));
  }

  async close(): Promise<void> {
    await closeWithin(this.worker, 2_000);
    await closeWithin(this.queue, 2_000);
  }

  private async upsert(name: string, everyMs: number): Promise<void> {
    await this.queue.upsertJobScheduler(name, { every: everyMs }, { name, data: {}, opts: { removeOnComplete: 10, removeOnFail: 50 } });
  }
}
