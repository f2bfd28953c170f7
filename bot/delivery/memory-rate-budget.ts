import type { RateBudget } from './rate-budget.js';
import type { RateLimit } from './rate-limits.js';

/**
 * RateBudget for one process (default mode): per key and window, the times of the last `max`
 * sends. A key's state is dropped when all of its windows have passed, so memory follows the
 * destinations that are active, not all that ever were.
 */
export class MemoryRateBudget implements RateBudget {
  private readonly logs = new Map<string, Map<number, number[]>>();
  private readonly pausedUntil = new Map<string, number>();

  async take(key: string, limit: RateLimit, now: number): Promise<number> {
    return this.takeSync(key, limit, now);
  }

  /** Synchronous form of take, for callers that hold no promise. */
  takeSync(key: string, limit: RateLimit, now: number): number {
    const paused = this.pausedUntil.get(key) ?? 0;
    if (paused > now) return paused - now;
    this.pausedUntil.delete(key);
    const logs = this.logs.get(key) ?? new Map<number, number[]>();
    let wait = 0;
    for (const { max, windowMs } of limit) {
      const log = prune(logs.get(windowMs) ?? [], now - windowMs);
      logs.set(windowMs, log);
      if (log.length >= max) wait = Math.max(wait, log[log.length - max]! + windowMs - now);
    }
    if (wait > 0) return wait;
    for (const { max, windowMs } of limit) {
      const log = logs.get(windowMs)!;
      log.push(now);
      if (log.length > max) log.splice(0, log.length - max);
    }
    if (limit.length > 0) this.logs.set(key, logs);
    return 0;
  }

  async pause(key: string, untilMs: number): Promise<void> {
    this.pausedUntil.set(key, Math.max(untilMs, this.pausedUntil.get(key) ?? 0));
  }

  /** Forgets keys whose windows have all passed (called by the runner now and then). */
  sweep(now: number, longestWindowMs: number): void {
    for (const [key, logs] of this.logs) {
      const last = Math.max(0, ...[...logs.values()].map((l) => l[l.length - 1] ?? 0));
      if (last <= now - longestWindowMs) this.logs.delete(key);
    }
  }
}

/** Drops entries at or before `cutoff` (the log is in time order). */
function prune(log: number[], cutoff: number): number[] {
  let i = 0;
  while (i < log.length && log[i]! <= cutoff) i += 1;
  return i === 0 ? log : log.slice(i);
}
