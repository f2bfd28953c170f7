import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RateBudget } from './rate-budget.js';
import type { RateLimit } from './rate-limits.js';

// KEYS: pause key, waiters set, then one sliding-window log (a sorted set of send times) per
// window; ARGV: now, a unique member, '1' for a returning job, then max and windowMs per window.
// Checked and taken atomically, so every worker of the cluster shares one budget per destination.
// Returns 0 (taken) or the ms to wait, spread over later windows for jobs already waiting (see
// MemoryRateBudget.spreadWait).
const TAKE_SCRIPT = `
local now = tonumber(ARGV[1])
local member = ARGV[2]
local returning = ARGV[3] == '1'
local paused = tonumber(redis.call('GET', KEYS[1]) or '0')
if paused > now then return paused - now end
local wait, bkey, bmax, bwin, bn = 0, nil, 1, 0, 0
for i = 3, #KEYS do
  local max = tonumber(ARGV[2 * i - 2])
  local win = tonumber(ARGV[2 * i - 1])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - win)
  local n = redis.call('ZCARD', KEYS[i])
  if n >= max then
    local entry = redis.call('ZRANGE', KEYS[i], n - max, n - max, 'WITHSCORES')
    local w = tonumber(entry[2]) + win - now
    if w > wait then wait, bkey, bmax, bwin, bn = w, KEYS[i], max, win, n end
  end
end
if wait > 0 and returning then return wait end
if wait > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  local k = redis.call('ZCARD', KEYS[2])
  local idx = bn - bmax + (k % bmax)
  local entry = redis.call('ZRANGE', bkey, idx, idx, 'WITHSCORES')
  local at = tonumber(entry[2]) + bwin * (1 + math.floor(k / bmax))
  redis.call('ZADD', KEYS[2], at, member)
  redis.call('PEXPIRE', KEYS[2], at - now + 1000)
  return at - now
end
for i = 3, #KEYS do
  redis.call('ZADD', KEYS[i], now, member)
  redis.call('PEXPIRE', KEYS[i], tonumber(ARGV[2 * i - 1]))
end
return 0
`;

/** The cluster-wide RateBudget of scaled mode (see rate-budget.ts for why a sliding window). */
type RedisWithTake = Redis & { casebotTakeBudget(numKeys: number, ...keysAndArgs: string[]): Promise<number> };

export class RedisRateBudget implements RateBudget {
  constructor(private readonly redis: Redis, private readonly keyPrefix: string) {
    if (!('casebotTakeBudget' in redis)) redis.defineCommand('casebotTakeBudget', { lua: TAKE_SCRIPT });
  }

  async take(key: string, limit: RateLimit, now: number, options: { returning?: boolean } = {}): Promise<number> {
    if (limit.length === 0) {
      const paused = Number((await this.redis.get(this.pauseKey(key))) ?? 0);
      return paused > now ? paused - now : 0;
    }
    const keys = [this.pauseKey(key), `${this.keyPrefix}:rate:${key}:waiters`, ...limit.map((w) => `${this.keyPrefix}:rate:${key}:${w.windowMs}`)];
    const args = [String(now), `${now}-${randomUUID()}`, options.returning ? '1' : '0', ...limit.flatMap((w) => [String(w.max), String(w.windowMs)])];
    // EVALSHA with the script cached in Redis (ioredis falls back to EVAL after a restart).
    const wait = await (this.redis as RedisWithTake).casebotTakeBudget(keys.length, ...keys, ...args);
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
