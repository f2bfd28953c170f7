import { DelayedError, Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { attemptDelivery, type AttemptResult } from './attempt-delivery.js';
import { spreadOffsets } from './batch-spread.js';
import { buildDeliveryContext } from './build-context.js';
import { DELIVER_JOB, deliveryJobOptions, reconcilePending } from './bullmq-reconciler.js';
import type { DeliveryContext, DeliveryContextOptions } from './delivery-context.js';
import type { DeliveryJob } from './delivery-job.js';
import type { Decide, EnqueueResult, JobRunner } from './job-runner.js';
import { BullmqPeriodic } from './bullmq-periodic.js';
import { justJobs, persistJobs, waitUntilNoPending } from './persist-jobs.js';
import { RedisRateBudget } from './redis-rate-budget.js';
import { createProducerConnection, workerConnectionOptions } from './redis-connections.js';
import { closeWithin } from './close-within.js';

/** Scaled-mode settings. */
export interface BullmqRunnerOptions extends Omit<DeliveryContextOptions, 'budget'> {
  redisUrl: string;
  /** BullMQ key prefix (tests use a random one). Default 'casebot'. */
  prefix?: string;
  /** Default 'deliveries'. */
  queueName?: string;
  /** Run Workers in this process (`casebot worker`, or `serve` alone); false: only enqueue. Default true. */
  runWorkers?: boolean;
  /** Concurrent jobs per worker process (default 16). */
  concurrency?: number;
  /** BullMQ lock; a crashed worker's jobs return to the queue after it (default 30 s). */
  lockDurationMs?: number;
  /** How often to look for stalled jobs (default 15 s). */
  stalledIntervalMs?: number;
  /** How often the reconciler looks for pending rows without a job (default 60 s). */
  reconcileEveryMs?: number;
  /** Longest an enqueue waits for Redis before leaving the job to the reconciler (default 1 s). */
  addTimeoutMs?: number;
}

/** A job's data: its delivery row id; `spread` when enqueue already put it off for the rate limit. */
interface JobData {
  id: string;
  spread?: boolean;
}

/** One delivery handed to the queue, not before `at`. */
interface HandOver {
  id: string;
  at: number;
  spread?: boolean;
}

/** Budget waits up to this long are slept in the worker instead of going back to the delayed set. */
const SLEEP_IN_WORKER_MS = 250;

/** Thrown by the processor so BullMQ retries after the delay our retry policy chose. */
class RetryLaterError extends Error {
  constructor(readonly delayMs: number, cause: Error) {
    super(cause.message, { cause });
    this.name = 'RetryLaterError';
  }
}

/**
 * The scaled-mode runner: the delivery row is written first (the database is the record), then
 * one BullMQ job per delivery with jobId = delivery id (an id already queued is not added again).
 * Workers take from a Redis-wide rate budget per destination; a job over budget is moved to
 * delayed (`moveToDelayed` + DelayedError), so only it waits. Transient failures retry through
 * BullMQ attempts with our backoff; permanent ones end in UnrecoverableError.
 */
export class BullmqRunner implements JobRunner {
  private readonly ctx: DeliveryContext;
  private readonly producer: Redis;
  private readonly queue: Queue;
  private readonly periodic: BullmqPeriodic;
  private worker: Worker | undefined;
  private reconcileTimer: NodeJS.Timeout | undefined;
  private reconciling: Promise<unknown> | undefined;
  private started = false;
  private everReady = false;

  constructor(private readonly options: BullmqRunnerOptions) {
    const prefix = options.prefix ?? 'casebot';
    this.producer = createProducerConnection(options.redisUrl);
    this.producer.on('error', () => undefined); // state is read from `status`; errors are expected while Redis is down
    this.ctx = buildDeliveryContext({ ...options, budget: new RedisRateBudget(this.producer, prefix) });
    this.queue = new Queue(this.queueName, { connection: this.producer, prefix });
    this.queue.on('error', () => undefined);
    this.periodic = new BullmqPeriodic({ ...options, prefix, queueName: `${this.queueName}-periodic` }, this.producer);
    this.producer.on('ready', () => {
      this.everReady = true;
      this.onRedisReady();
    });
  }

  private get queueName(): string {
    return this.options.queueName ?? 'deliveries';
  }

  async enqueue(jobs: DeliveryJob[]): Promise<EnqueueResult> {
    return (await this.enqueueWith(justJobs(jobs))).result;
  }

  async enqueueWith<T>(decide: Decide<T>): Promise<{ result: EnqueueResult; recorded: T }> {
    const { result, recorded, jobs } = await persistJobs(decide, this.ctx);
    const inserted = new Set(result.inserted);
    const fresh = jobs.filter((j) => inserted.has(j.id));
    const now = this.ctx.now();
    const spread = spreadOffsets(fresh, this.ctx.rateLimitFor);
    await this.handOver(fresh.map((j) => {
      const offset = spread.get(j.id) ?? 0;
      return { id: j.id, at: Math.max(j.notBefore?.getTime() ?? 0, now + offset), spread: offset > 0 };
    }));
    return { result, recorded };
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    if (this.options.runWorkers ?? true) {
      this.worker = this.createWorker();
      await this.periodic.startWorker();
      // Started means ready to take jobs, unless Redis is down: then the worker connects later.
      await Promise.race([this.worker.waitUntilReady().catch(() => undefined), sleep(this.options.addTimeoutMs ?? 1_000)]);
    }
    this.reconcileTimer = setInterval(() => this.reconcileSoon(), this.options.reconcileEveryMs ?? 60_000);
    if (this.producer.status === 'ready') this.onRedisReady();
  }

  async stop(): Promise<void> {
    this.started = false;
    clearInterval(this.reconcileTimer);
    await this.reconciling?.catch(() => undefined);
    await closeWithin(this.worker, 10_000);
    await this.periodic.close();
    await closeWithin(this.queue, 2_000);
    this.producer.disconnect();
  }

  idle(timeoutMs = 30_000): Promise<void> {
    return waitUntilNoPending(this.ctx.deliveries, timeoutMs);
  }

  async schedulePeriodic(name: string, everyMs: number, fn: () => Promise<void>): Promise<void> {
    await this.periodic.register(name, everyMs, fn);
  }

  async resubmit(ids: string[]): Promise<void> {
    this.ctx.broken.invalidate();
    if (this.producer.status !== 'ready') return; // the reconciler will
    await Promise.all(ids.map((id) => this.queue.remove(id).catch(() => 0)));
    await this.handOver(ids.map((id) => ({ id, at: 0 })));
  }

  /** Looks for pending rows without a job now (also run on start, on reconnect, and periodically). */
  async reconcile(): Promise<number> {
    if (this.producer.status !== 'ready') return 0;
    return reconcilePending(this.queue, this.ctx.deliveries, {
      now: this.ctx.now(), graceMs: 0, attempts: this.ctx.retry.maxAttempts, ...(this.ctx.logger && { logger: this.ctx.logger }),
    });
  }

  /** Adds jobs if Redis answers within addTimeoutMs; otherwise leaves them to the reconciler. */
  private async handOver(items: HandOver[]): Promise<void> {
    if (items.length === 0) return;
    if (!(await this.producerReady())) {
      this.ctx.logger?.warn({ count: items.length }, 'redis unavailable: deliveries wait for the reconciler');
      return;
    }
    const now = this.ctx.now();
    const add = this.queue.addBulk(items.map((i) => ({
      name: DELIVER_JOB, data: { id: i.id, ...(i.spread && { spread: true }) }, opts: deliveryJobOptions(i.id, i.at - now, this.ctx.retry.maxAttempts),
    })));
    add.catch(() => undefined);
    const timeoutMs = this.options.addTimeoutMs ?? 1_000;
    const timedOut = await Promise.race([add.then(() => false, () => true), sleep(timeoutMs).then(() => true)]);
    if (timedOut) this.ctx.logger?.warn({ count: items.length }, 'redis add failed or slow: deliveries wait for the reconciler');
  }

  /**
   * Ready now, or — for the first connection after start-up only — within addTimeoutMs. Once Redis
   * has been seen, a lost connection fails fast: the message path never waits for Redis.
   */
  private async producerReady(): Promise<boolean> {
    if (this.producer.status === 'ready') return true;
    if (this.everReady) return false;
    const ready = new Promise<boolean>((resolve) => this.producer.once('ready', () => resolve(true)));
    return Promise.race([ready, sleep(this.options.addTimeoutMs ?? 1_000).then(() => false)]);
  }

  private createWorker(): Worker {
    const worker = new Worker(this.queueName, (job, token) => this.process(job, token), {
      connection: workerConnectionOptions(this.options.redisUrl),
      prefix: this.options.prefix ?? 'casebot',
      concurrency: this.options.concurrency ?? 16,
      lockDuration: this.options.lockDurationMs ?? 30_000,
      stalledInterval: this.options.stalledIntervalMs ?? 15_000,
      // A job whose worker died is retried, not failed (at-least-once); the reconciler is the backstop.
      maxStalledCount: 10,
      settings: { backoffStrategy: (_attempts, _type, err) => (err instanceof RetryLaterError ? err.delayMs : 1_000) },
    });
    worker.on('error', (err) => this.ctx.logger?.warn({ err: String(err) }, 'bullmq worker error'));
    return worker;
  }

  private async process(job: Job<JobData>, token?: string): Promise<string> {
    // attemptsStarted counts turns: more than one means the job was put off (or retried) before;
    // a job spread at enqueue comes at the time it was given.
    let returning = job.attemptsStarted > 1 || job.data.spread === true;
    let result: AttemptResult;
    for (;;) {
      const row = await this.ctx.deliveries.get(job.data.id);
      if (!row) return 'missing';
      result = await attemptDelivery(row, null, this.ctx, { returning });
      // A short wait (the window frees in a moment) is slept here: a round trip through the
      // delayed set costs more and would make every later push to the destination late too.
      if (result.kind !== 'wait' || result.untilMs - this.ctx.now() > SLEEP_IN_WORKER_MS) break;
      await sleep(Math.max(0, result.untilMs - this.ctx.now()));
      returning = true;
    }
    if (result.kind === 'wait') {
      await job.moveToDelayed(result.untilMs, token);
      throw new DelayedError();
    }
    if (result.kind === 'retry') throw new RetryLaterError(result.delayMs, result.error);
    if (result.status === 'failed') throw new UnrecoverableError('delivery failed permanently: the delivery record holds the error');
    return result.status;
  }

  private onRedisReady(): void {
    if (!this.started) return;
    this.periodic.upsertAll().catch((err: unknown) => this.ctx.logger?.warn({ err: String(err) }, 'scheduler upsert failed'));
    this.reconcileSoon();
  }

  private reconcileSoon(): void {
    if (this.reconciling) return;
    this.reconciling = this.reconcile()
      .catch((err: unknown) => this.ctx.logger?.warn({ err: String(err) }, 'reconcile failed'))
      .finally(() => (this.reconciling = undefined));
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
