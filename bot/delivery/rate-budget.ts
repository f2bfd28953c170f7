import type { RateLimit } from './rate-limits.js';

/**
 * The per-destination token bucket the issue asks for. It is kept as a sliding window ("at most
 * `max` sends in any `windowMs`"), because that is how the platforms state their limits (WeCom
 * 20/min, Teams 7/1 s + 60/30 s …): a classic bucket of 20 tokens refilling 20/min lets 39 sends
 * through in one minute and earns errcode 45009.
 *
 * Only the job that asks waits: other destinations have their own windows.
 */
export interface RateBudget {
  /**
   * Takes one send for `key` at `now` if every window allows it and returns 0; otherwise takes
   * nothing and returns how many ms to wait before asking again. New waiters queue up behind
   * earlier ones (later windows); a `returning` job — one that already waited as told — only
   * waits out what is left of its own slot.
   */
  take(key: string, limit: RateLimit, now: number, options?: { returning?: boolean }): Promise<number>;
  /** The platform answered "slow down": nothing is taken for `key` before `untilMs`. */
  pause(key: string, untilMs: number): Promise<void>;
}
