import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RateBudget } from './rate-budget.js';
import type { RateLimit } from './rate-limits.js';

// One sliding-window log (a sorted set of send times) per destination and window, plus a pause
// key set after a platform rate-limit answer. Checked and taken atomically, so every worker of
// the cluster shares one budget per destination. Returns 0 (taken) or the ms to wait.
const TAKE_SCRIPT = `
local now = tonumber(ARGV[1])
local member = ARGV[2]
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if paused > now then return paused - now end
local wait = 0
for i = 2, #KEYS do
  local max = tonumber(ARGV[2 * i - 1])
  local win = tonumber(ARGV[2 * i])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - win)
  local n = redis.call('ZCARD', KEYS[i])
  if n >= max then
    local entry = redis.call('ZRANGE', KEYS[i], n - max, n - max, 'WITHSCORES')
    local w = tonumber(entry[2]) + win - now
    if w > wait then wait = w end
  end
end
if wait > 0 then return wait end
for i = 2, #KEYS do
  redis.call('ZADD', KEYS[i], now, member)
  redis.call('PEXPIRE', KEYS[i], tonumber(ARGV[2 * i]))
end
return 0
`;

/** The cluster-wide RateBudget of scaled mode (see rate-budget.ts for why a sliding window). */
export class RedisRateBudget implements RateBudget {
  constructor(private readonly redis: Redis, private readonly keyPrefix: string) {}

  async take(key: string, limit: RateLimit, now: number): Promise<number> {
    if (limit.length === 0) {
      const paused = Number((await this.redis.get(this.pauseKey(key))) ?? 0);
      return paused > now ? paused - now : 0;
    }
    const keys = [this.pauseKey(key), ...limit.map((w) => `${this.keyPrefix}:rate:${key}:${w.windowMs}`)];
    const args = [String(now), `${now}-${randomUUID()}`, ...limit.flatMap((w) => [String(w.max), String(w.windowMs)])];
    const wait = await this.redis.eval(TAKE_SCRIPT, keys.length, ...keys, ...args);
    return Number(wait);
  }

  async pause(key: string, untilMs: number): Promise<void> {
    const ttl = untilMs - Date.now();
    if (ttl > 0) await this.redis.set(this.pauseKey(key), String(untilMs), 'PX', ttl);
  }

  private pauseKey(key: string): string {
    return `${this.keyPrefix}:rate:${key}:pause`;
  }
}
