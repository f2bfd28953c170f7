import type { DeliveryTarget } from './delivery-target.js';
import { isDirectAddress } from './delivery-target.js';

/** At most `max` sends in any `windowMs` interval. */
export interface RateWindow {
  max: number;
  windowMs: number;
}

/** The windows one destination must respect; all of them apply. Empty: unlimited. */
export type RateLimit = RateWindow[];

/** Kinds of destination that have their own platform limits. */
export type RateLimitKind = 'wecom-robot' | 'wecom-app' | 'slack' | 'teams' | 'console';

/** Platform limits per destination; tests and benches override them with small values. */
export const DEFAULT_RATE_LIMITS: Readonly<Record<RateLimitKind, RateLimit>> = {
  // WeCom group robot: "每个机器人发送的消息不能超过20条/分钟" (doc 91770; platforms.md §1.4).
  'wecom-robot': [{ max: 20, windowMs: 60_000 }],
  // WeCom app: per app per member 30 messages/min and 1000/h, excess silently dropped (doc 90454; platforms.md §2.5).
  'wecom-app': [{ max: 30, windowMs: 60_000 }, { max: 1000, windowMs: 3_600_000 }],
  // Slack chat.postMessage: ~1 message per second per channel, short bursts allowed (platforms.md §3.6).
  slack: [{ max: 1, windowMs: 1_000 }],
  // Teams, per bot per thread: send 7/1 s, 8/2 s, 60/30 s, 1800/3600 s (platforms.md §4.3).
  teams: [
    { max: 7, windowMs: 1_000 },
    { max: 8, windowMs: 2_000 },
    { max: 60, windowMs: 30_000 },
    { max: 1800, windowMs: 3_600_000 },
  ],
  // The local web console has no platform limit.
  console: [],
};

/** Returns `rateLimitFor(destination)` over the defaults with `overrides` applied per kind. */
export function createRateLimits(overrides: Partial<Record<RateLimitKind, RateLimit>> = {}): (target: DeliveryTarget) => RateLimit {
  const table = { ...DEFAULT_RATE_LIMITS, ...overrides };
  return (target) => table[kindOf(target)];
}

/** The limit for a destination under the platform defaults. */
export const rateLimitFor = createRateLimits();

function kindOf(target: DeliveryTarget): RateLimitKind {
  if (isDirectAddress(target)) return target.platform;
  return target.platform;
}
