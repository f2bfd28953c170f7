import { AuthenticationError } from '../../core/errors/authentication-error.js';
import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';
import { ValidationError } from '../../core/errors/validation-error.js';

/** How failed sends are retried. */
export interface RetryPolicy {
  /** Sends per delivery before it is given up as dead. */
  maxAttempts: number;
  /** First backoff ceiling; doubled per attempt. */
  baseDelayMs: number;
  /** Backoff ceiling. */
  maxDelayMs: number;
  /** Injected for deterministic tests; Math.random by default. */
  random?: () => number;
}

/**
 * Defaults: 8 sends, 1 s doubling to 5 min — about 10 minutes of retrying before a delivery is
 * dead, long enough to ride out a platform outage, short enough that an admin hears of it today.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 1_000, maxDelayMs: 300_000 };

/** What to do after a send failed. */
export type FailureDecision =
  | { action: 'retry'; delayMs: number; rateLimited: boolean }
  /** Permanent and about the destination: stop, mark it broken, alert. */
  | { action: 'failed' }
  /** Permanent and about this payload (empty, malformed): stop; the destination is fine. */
  | { action: 'rejected' }
  | { action: 'dead' };

/**
 * Decides after `attempts` sends (this one included) failed with `error`:
 * - UnrecoverableDeliveryError (invalid webhook) or AuthenticationError (revoked token) → failed:
 *   stop, the destination is broken;
 * - ValidationError (a payload the adapter refuses to post) → rejected: stop, nothing is broken;
 * - RateLimitError → retry after the platform's retryAfterMs (plus a little jitter so a burst
 *   of rate-limited jobs does not return at the same instant);
 * - anything else → exponential backoff with full jitter (random in [0, min(cap, base·2^(n-1))]).
 * Either retry becomes dead once `maxAttempts` sends were made.
 */
export function decideAfterFailure(error: unknown, attempts: number, policy: RetryPolicy): FailureDecision {
  if (error instanceof UnrecoverableDeliveryError || error instanceof AuthenticationError) return { action: 'failed' };
  if (error instanceof ValidationError) return { action: 'rejected' };
  if (attempts >= policy.maxAttempts) return { action: 'dead' };
  const random = policy.random ?? Math.random;
  if (error instanceof RateLimitError) {
    const jitter = Math.round(random() * Math.min(1_000, error.retryAfterMs * 0.1));
    return { action: 'retry', delayMs: Math.max(0, error.retryAfterMs) + jitter, rateLimited: true };
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return { action: 'retry', delayMs: Math.round(random() * ceiling), rateLimited: false };
}
