import type { DeliveryJob } from '../../../bot/delivery/delivery-job.js';
import type { EnqueueResult, JobRunner } from '../../../bot/delivery/job-runner.js';

/**
 * A JobRunner fake that records every enqueue call — repeats included, so a test can see a sweep
 * that enqueues twice — and, like the real runners, treats a known id as already queued.
 */
export class RecordingRunner implements Pick<JobRunner, 'enqueue' | 'schedulePeriodic'> {
  /** Every job handed over, in order, repeats included. */
  readonly calls: DeliveryJob[] = [];
  /** Jobs by id, first seen (what a real runner would have queued). */
  readonly queued = new Map<string, DeliveryJob>();
  readonly periodic: { name: string; everyMs: number; fn: () => Promise<void> }[] = [];

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

  async schedulePeriodic(name: string, everyMs: number, fn: () => Promise<void>): Promise<void> {
    this.periodic.push({ name, everyMs, fn });
  }

  /** Titles of the jobs handed over since `from` (an index into calls). */
  titlesSince(from = 0): string[] {
    return this.calls.slice(from).map((j) => j.payload.reply.title);
  }
}
