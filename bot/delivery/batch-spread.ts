import type { DeliveryJob } from './delivery-job.js';
import type { RateLimit } from './rate-limits.js';
import type { DeliveryTarget } from './delivery-target.js';

/**
 * The earliest each job of one batch can go out, in ms after the batch, if its destination's
 * budget is free now: the n-th job to one destination waits floor(n / max) windows of each
 * limit (the most binding wins). A broadcast of ten pushes to one robot allowed two a second
 * puts eight of them off by 1–4 s at once, instead of each being fetched, refused by the budget
 * and put back. Only a first guess: the rate budget still decides at send time.
 * @example spreadOffsets(jobs, rateLimitFor).get(jobs[4].id) === 2_000 // 5th push, 2 per 1 s
 */
export function spreadOffsets(jobs: readonly DeliveryJob[], rateLimitFor: (target: DeliveryTarget) => RateLimit): Map<string, number> {
  const seen = new Map<string, number>();
  const offsets = new Map<string, number>();
  for (const job of jobs) {
    const n = seen.get(job.destinationKey) ?? 0;
    seen.set(job.destinationKey, n + 1);
    const offset = Math.max(0, ...rateLimitFor(job.destination).map((w) => Math.floor(n / w.max) * w.windowMs));
    offsets.set(job.id, offset);
  }
  return offsets;
}
