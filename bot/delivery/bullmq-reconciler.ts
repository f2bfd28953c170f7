import type { Queue } from 'bullmq';
import type { DeliveriesRepository } from '../../adapters/store/repositories/deliveries.js';
import type { DeliveryLogger } from './delivery-context.js';

/** The job name of a delivery; its data is `{ id }` — the row in the store is the record. */
export const DELIVER_JOB = 'deliver';

/** Job options of a delivery job: retries by attempts and our custom backoff; Redis keeps no history. */
export function deliveryJobOptions(id: string, delayMs: number, attempts: number) {
  return {
    jobId: id,
    delay: Math.max(0, delayMs),
    attempts,
    backoff: { type: 'delivery' },
    removeOnComplete: true,
    removeOnFail: true,
  };
}

const CHUNK = 200;

/**
 * Hands pending delivery rows that have no live BullMQ job to the queue: after Redis lost its data
 * (restart without persistence), after an enqueue that could not reach Redis, or after a job gave
 * up while the row still says pending. The database is the record; Redis only schedules.
 * Returns how many jobs it added.
 */
export async function reconcilePending(
  queue: Queue, deliveries: DeliveriesRepository, opts: { now: number; graceMs: number; attempts: number; logger?: DeliveryLogger },
): Promise<number> {
  const rows = await deliveries.pendingIds(opts.now - opts.graceMs);
  let added = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const states = await Promise.all(chunk.map((r) => queue.getJobState(r.id)));
    const missing = chunk.filter((_, j) => ['unknown', 'completed', 'failed'].includes(states[j]!));
    // A finished job still in Redis would block re-adding the same id.
    await Promise.all(missing.filter((_, j) => states[j] !== 'unknown').map((r) => queue.remove(r.id).catch(() => 0)));
    await queue.addBulk(
      missing.map((r) => ({ name: DELIVER_JOB, data: { id: r.id }, opts: deliveryJobOptions(r.id, r.nextAttemptAt - opts.now, opts.attempts) })),
    );
    added += missing.length;
  }
  if (added > 0) opts.logger?.warn({ added }, 'reconciler re-enqueued pending deliveries');
  return added;
}
