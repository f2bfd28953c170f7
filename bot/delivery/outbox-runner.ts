import { randomUUID } from 'node:crypto';
import type { DeliveryRow } from '../../adapters/store/repositories/deliveries.js';
import { attemptDelivery } from './attempt-delivery.js';
import { buildDeliveryContext, DEFAULT_SEND_TIMEOUT_MS } from './build-context.js';
import type { DeliveryContext, DeliveryContextOptions } from './delivery-context.js';
import type { DeliveryJob } from './delivery-job.js';
import { IntervalTasks } from './interval-tasks.js';
import type { Decide, EnqueueResult, JobRunner } from './job-runner.js';
import { justJobs, persistJobs, waitUntilNoPending } from './persist-jobs.js';
import { WakeSignal } from './wake-signal.js';

// Claims at most every 10 ms while sends are in flight: a claim is a write (a commit), and
// claiming per freed slot would cost one commit per delivery.
const CLAIM_COALESCE_MS = 10;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Default-mode tuning. */
export interface OutboxRunnerOptions extends DeliveryContextOptions {
  /** Sends in flight at once (default 16). */
  concurrency?: number;
  /** Longest sleep between looks at the outbox when nothing is known to be due (default 1 s). */
  pollMs?: number;
  /**
   * How long a claim lasts (default 2 × the send timeout). A process that dies holding claims
   * delays those rows by at most this; then another turn sends them again (at-least-once).
   */
  leaseMs?: number;
  /** This process's lease owner id (random by default). */
  owner?: string;
}

/**
 * The default-mode runner: one process delivering from the durable outbox (the deliveries table).
 * It claims due rows under a lease, sends with bounded concurrency inside each destination's rate
 * budget, and records every outcome. Rows deferred by quiet hours or the rate budget go back to
 * the table with a later next_attempt_at, so only the affected destination waits.
 */
export class OutboxRunner implements JobRunner {
  private readonly ctx: DeliveryContext;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly owner: string;
  private readonly signal = new WakeSignal();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly periodic: IntervalTasks;
  private running = false;
  private loopDone: Promise<void> | undefined;

  constructor(options: OutboxRunnerOptions) {
    this.ctx = buildDeliveryContext(options);
    this.concurrency = options.concurrency ?? 16;
    this.pollMs = options.pollMs ?? 1_000;
    this.leaseMs = options.leaseMs ?? 2 * (options.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS);
    this.owner = options.owner ?? randomUUID();
    this.periodic = new IntervalTasks(options.logger);
  }

  async enqueue(jobs: DeliveryJob[]): Promise<EnqueueResult> {
    return (await this.enqueueWith(justJobs(jobs))).result;
  }

  async enqueueWith<T>(decide: Decide<T>): Promise<{ result: EnqueueResult; recorded: T }> {
    const { result, recorded } = await persistJobs(decide, this.ctx);
    if (result.inserted.length > 0) this.signal.wake();
    return { result, recorded };
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.loopDone = this.loop();
    this.periodic.start();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.signal.wake();
    await this.loopDone;
    await Promise.allSettled([...this.inFlight]);
    await this.periodic.stop();
  }

  idle(timeoutMs = 30_000): Promise<void> {
    return waitUntilNoPending(this.ctx.deliveries, timeoutMs);
  }

  async schedulePeriodic(name: string, everyMs: number, fn: () => Promise<void>): Promise<void> {
    this.periodic.add(name, everyMs, fn);
  }

  async resubmit(_ids: string[]): Promise<void> {
    // The rows are pending and due again; the outbox is the queue.
    this.ctx.broken.invalidate();
    this.signal.wake();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      try {
        const free = this.concurrency - this.inFlight.size;
        const rows = free > 0 ? await this.claim(free) : [];
        for (const row of rows) this.launch(row);
        // A full batch means more may be due: look again as soon as slots are free.
        if (rows.length === 0 || rows.length < free) await this.signal.wait(await this.sleepMs());
        // Let finishing sends free up slots together: one claim (one commit) for many rows, not one each.
        if (this.inFlight.size > 0) await sleep(CLAIM_COALESCE_MS);
      } catch (err) {
        this.ctx.logger?.error({ err: String(err) }, 'outbox poll failed');
        await this.signal.wait(this.pollMs);
      }
    }
  }

  private claim(limit: number): Promise<DeliveryRow[]> {
    return this.ctx.transact((s) => s.deliveries.claimDue(this.owner, this.ctx.now(), this.leaseMs, limit));
  }

  /** Until the next row is due, never longer than pollMs; a full runner waits for a free slot. */
  private async sleepMs(): Promise<number> {
    if (this.inFlight.size >= this.concurrency) return this.pollMs;
    const now = this.ctx.now();
    const next = await this.ctx.deliveries.nextDueAt(now);
    if (next === undefined) return this.pollMs;
    // At least 5 ms, so a row another claimer races us for cannot make this loop spin.
    return Math.min(this.pollMs, Math.max(5, next - now));
  }

  private launch(row: DeliveryRow): void {
    const task = this.turn(row).finally(() => {
      this.inFlight.delete(task);
      this.signal.wake();
    });
    this.inFlight.add(task);
  }

  private async turn(row: DeliveryRow): Promise<void> {
    try {
      const result = await attemptDelivery(row, this.owner, this.ctx, { returning: row.nextAttemptAt > row.createdAt });
      if (result.kind === 'wait') {
        await this.ctx.transact((s) => s.deliveries.defer(row.id, this.owner, result.untilMs, this.ctx.now()));
      }
    } catch (err) {
      // The lease runs out and the row is tried again: nothing is lost.
      this.ctx.logger?.error({ deliveryId: row.id, err: String(err) }, 'delivery turn failed');
    }
  }
}
