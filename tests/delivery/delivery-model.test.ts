import { describe, expect, it } from 'vitest';
import { AuthenticationError } from '../../core/errors/authentication-error.js';
import { ValidationError } from '../../core/errors/validation-error.js';
import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import { TransientDeliveryError } from '../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';
import { destinationKey } from '../../bot/delivery/delivery-target.js';
import { decideAfterFailure, type RetryPolicy } from '../../bot/delivery/retry-policy.js';
import { broadcastJob, robot, slack } from './delivery-fixtures.js';

describe('delivery ids and destination keys', () => {
  it('gives the same push to the same destination the same id, and anything else another', () => {
    expect(broadcastJob(robot('k1'), 'N1').id).toBe(broadcastJob(robot('k1'), 'N1').id);
    expect(broadcastJob(robot('k1'), 'N1').id).not.toBe(broadcastJob(robot('k2'), 'N1').id);
    expect(broadcastJob(robot('k1'), 'N1').id).not.toBe(broadcastJob(robot('k1'), 'N2').id);
    expect(broadcastJob(robot('k1'), 'N1', { stage: 'overdue' }).id).not.toBe(broadcastJob(robot('k1'), 'N1').id);
    // Valid BullMQ custom ids: no ':' and never integer-like.
    expect(broadcastJob(slack('C1')).id).toMatch(/^[0-9a-f]{40}$/);
  });

  it('never puts a webhook key into the destination key', () => {
    const key = destinationKey(robot('SECRET-KEY-123'));
    expect(key).toMatch(/^wecom-robot:[0-9a-f]{16}$/);
    expect(key).not.toContain('SECRET');
    expect(destinationKey({ platform: 'teams', userId: '29:abc' })).toBe('user:teams:29:abc');
  });
});

describe('retry policy', () => {
  const policy: RetryPolicy = { maxAttempts: 8, baseDelayMs: 1_000, maxDelayMs: 300_000, random: () => 1 };

  it('backs off exponentially, capped, with full jitter', () => {
    const delays = [1, 2, 3, 4].map((n) => decideAfterFailure(new TransientDeliveryError('busy'), n, policy));
    expect(delays.map((d) => (d.action === 'retry' ? d.delayMs : -1))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(decideAfterFailure(new Error('socket hang up'), 7, { ...policy, maxDelayMs: 5_000 })).toMatchObject({ delayMs: 5_000 });
    const jittered = decideAfterFailure(new TransientDeliveryError('busy'), 3, { ...policy, random: () => 0.25 });
    expect(jittered).toMatchObject({ action: 'retry', delayMs: 1_000 });
  });

  it("waits at least the platform's retryAfterMs when rate limited", () => {
    const d = decideAfterFailure(new RateLimitError('45009', 60_000), 1, { ...policy, random: () => 0 });
    expect(d).toEqual({ action: 'retry', delayMs: 60_000, rateLimited: true });
  });

  it('stops at once on a permanent error and after maxAttempts otherwise', () => {
    expect(decideAfterFailure(new UnrecoverableDeliveryError('invalid webhook url', 93000), 1, policy)).toEqual({ action: 'failed' });
    expect(decideAfterFailure(new AuthenticationError('token_revoked'), 1, policy)).toEqual({ action: 'failed' });
    expect(decideAfterFailure(new ValidationError('empty content'), 1, policy)).toEqual({ action: 'rejected' });
    expect(decideAfterFailure(new TransientDeliveryError('busy'), 8, policy)).toEqual({ action: 'dead' });
  });
});
