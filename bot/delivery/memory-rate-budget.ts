import type { RateBudget } from './rate-budget.js';
import type { RateLimit, RateWindow } from './rate-limits.js';

const SWEEP_EVERY = 1024;

/**
 * RateBudget for one process (default mode): per key and window, the times of the last `max`
 * sends. A key's state is dropped when all of its windows have passed, so memory follows the
 * destinations that are active, not all that ever were.
 */
export class MemoryRateBudget implements RateBudget {
  private readonly logs = new Map<string, Map<number, number[]>>();
  private readonly pausedUntil = new Map<string, number>();
  private takes = 0;
  private longestWindowMs = 0;
  /** Per key: when the jobs told to wait will come back. */
  private readonly waiters = new Map<string, number[]>();

  async take(key: string, limit: RateLimit, now: number, options: { returning?: boolean } = {}): Promise<number> {
    return this.takeSync(key, limit, now, options);
  }

  /** Synchronous form of take, for callers that hold no promise. */
  takeSync(key: string, limit: RateLimit, now: number, options: { returning?: boolean } = {}): number {
    for (const w of limit) this.longestWindowMs = Math.max(this.longestWindowMs, w.windowMs);
    if (++this.takes % SWEEP_EVERY === 0) this.sweep(now, this.longestWindowMs);
    const paused = this.pausedUntil.get(key) ?? 0;
    if (paused > now) return paused - now;
    this.pausedUntil.delete(key);
    const logs = this.logs.get(key) ?? new Map<number, number[]>();
    let wait = 0;
    let binding: RateWindow | undefined;
    for (const window of limit) {
      const log = prune(logs.get(window.windowMs) ?? [], now - window.windowMs);
      logs.set(window.windowMs, log);
      const w = log.length >= window.max ? log[log.length - window.max]! + window.windowMs - now : 0;
      if (w > wait) [wait, binding] = [w, window];
    }
    // A job back at the time it was given is not sent to the end of the queue for being a little early.
    if (wait > 0 && binding) return options.returning ? wait : this.spreadWait(key, logs.get(binding.windowMs)!, binding, now);
    for (const { max, windowMs } of limit) {
      const log = logs.get(windowMs)!;
      log.push(now);
      if (log.length > max) log.splice(0, log.length - max);
    }
    if (limit.length > 0) this.logs.set(key, logs);
    return 0;
  }

  /**
   * Jobs already told to wait for `key` queue up behind each other: the k-th waiter gets the k-th
   * slot to free up — slot j frees when log entry (j mod max) leaves the window, one window later
   * per round — so a window's end wakes about `max` jobs, not all of them (which would each be
   * claimed and put back again). Only a hint: a woken job still takes normally.
   */
  private spreadWait(key: string, log: number[], binding: RateWindow, now: number): number {
    const waiting = prune(this.waiters.get(key) ?? [], now);
    const k = waiting.length;
    const entry = log[log.length - binding.max + (k % binding.max)]!;
    const at = entry + binding.windowMs * (1 + Math.floor(k / binding.max));
    waiting.push(at);
    waiting.sort((a, b) => a - b);
    this.waiters.set(key, waiting);
    return at - now;
  }

  async pause(key: string, untilMs: number): Promise<void> {
    this.pausedUntil.set(key, Math.max(untilMs, this.pausedUntil.get(key) ?? 0));
  }

  /** Forgets keys whose windows have all passed (every SWEEP_EVERY takes). */
  sweep(now: number, longestWindowMs: number): void {
    for (const [key, logs] of this.logs) {
      const last = Math.max(0, ...[...logs.values()].map((l) => l[l.length - 1] ?? 0));
      if (last <= now - longestWindowMs) this.logs.delete(key);
    }
    for (const [key, times] of this.waiters) if ((times[times.length - 1] ?? 0) <= now) this.waiters.delete(key);
  }
}

/** Drops entries at or before `cutoff` (the log is in time order). */
function prune(log: number[], cutoff: number): number[] {
  let i = 0;
  while (i < log.length && log[i]! <= cutoff) i += 1;
  return i === 0 ? log : log.slice(i);
}
