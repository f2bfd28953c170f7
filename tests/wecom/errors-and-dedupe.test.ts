// errcode → typed error mapping over the recorded WeCom answers, and the retry deduper's window.
import { describe, expect, it } from 'vitest';
import { errorForErrcode, errorForHttpStatus, type WecomResponse } from '../../adapters/wecom/errors/map-errcode.js';
import { createDeduper } from '../../adapters/wecom/webhook/dedupe.js';
import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import { TransientDeliveryError } from '../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';
import { responses } from './wecom-fixtures.js';

const recorded = responses() as unknown as Record<string, WecomResponse>;

describe('errorForErrcode', () => {
  it.each([
    ['rateLimited', RateLimitError, undefined],
    ['invalidWebhookUrl', UnrecoverableDeliveryError, 93000],
    ['robotDisabled', UnrecoverableDeliveryError, 93004],
    ['systemBusy', TransientDeliveryError, -1],
    ['accessTokenExpired', TransientDeliveryError, 42001],
    ['invalidAccessToken', TransientDeliveryError, 40014],
  ] as const)('%s → %s', (name, type, code) => {
    const error = errorForErrcode('WeCom test', recorded[name]!);
    expect(error).toBeInstanceOf(type);
    if (code !== undefined) expect(error).toMatchObject({ platformCode: code });
  });

  it('45009 waits for the next minute window', () => {
    expect((errorForErrcode('x', recorded.rateLimited!) as RateLimitError).retryAfterMs).toBe(60_000);
  });

  it('HTTP failures without WeCom JSON: 429 honours Retry-After, 5xx transient, 4xx permanent', () => {
    expect(errorForHttpStatus('x', 429, '7')).toMatchObject({ retryAfterMs: 7000 });
    expect(errorForHttpStatus('x', 502, null)).toBeInstanceOf(TransientDeliveryError);
    expect(errorForHttpStatus('x', 404, null)).toBeInstanceOf(UnrecoverableDeliveryError);
  });
});

describe('createDeduper', () => {
  it('drops repeats inside the window and forgets after it', () => {
    let t = 0;
    const dedupe = createDeduper(1000, 100, () => t);
    expect(dedupe.firstSeen('m1')).toBe(true);
    expect(dedupe.firstSeen('m1')).toBe(false);
    t = 1500;
    expect(dedupe.firstSeen('m1')).toBe(true);
  });

  it('keeps memory bounded by dropping the oldest ids', () => {
    const dedupe = createDeduper(60_000, 3, () => 0);
    for (const id of ['a', 'b', 'c', 'd']) dedupe.firstSeen(id);
    expect(dedupe.firstSeen('a')).toBe(true);
    expect(dedupe.firstSeen('d')).toBe(false);
  });
});
