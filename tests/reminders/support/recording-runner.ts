import type { Kysely } from 'kysely';
import type { Database } from '../../../adapters/store/database.js';
import { inTransaction } from '../../../adapters/store/in-transaction.js';
import type { DeliveryJob } from '../../../bot/delivery/delivery-job.js';
import type { Decide, EnqueueResult, JobRunner } from '../../../bot/delivery/job-runner.js';

/**
 * A JobRunner fake that records every enqueue call — repeats included, so a test can see a sweep
 * that enqueues twice — and, like the real runners, treats a known id as already queued. What is
 * recorded alongside the jobs (enqueueWith) goes to the real store, in a transaction.
 */
export class RecordingRunner implements Pick<JobRunner, 'enqueue' | 'enqueueWith' | 'schedulePeriodic'> {
  /** Every job handed over, in order, repeats included. */
  readonly calls: DeliveryJob[] = [];
  /** Jobs by id, first seen (what a real runner would have queued). */
  readonly queued = new Map<string, DeliveryJob>();
  readonly periodic: { name: string; everyMs: number; fn: () => Promise<void> }[] = [];

  constructor(private readonly db?: Kysely<Database>) {}

  async enqueue(jobs: DeliveryJob[]): Promise<EnqueueResult> {
    const result: EnqueueResult = { inserted: [], ignored: [] };
    for (const job of jobs) {
      this.calls.push(job);
      if (this.queued.has(job.id)) result.ignored.push(job.id);
      else {
        this.queued.set(job.id, job);
        result.inserted.push(job.id);
      }
    }
    return result;
  }

  async enqueueWith<T>(decide: Decide<T>): Promise<{ result: EnqueueResult; recorded: T }> {
    if (!this.db) throw new Error('RecordingRunner needs the store to record alongside the jobs');
    const { jobs, recorded } = await inTransaction(this.db, decide);
    return { result: await this.enqueue(jobs), recorded };
  }

  async schedulePeriodic(name: string, everyMs: number, fn: () => Promise<void>): Promise<void> {
    this.periodic.push({ name, everyMs, fn });
  }

  /** Titles of the jobs handed over since `from` (an index into calls). */
  titlesSince(from = 0): string[] {
    return this.calls.slice(from).map((j) => j.payload.reply.title);
  }
}
