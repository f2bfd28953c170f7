import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { mapSlackError } from '../../adapters/slack/index.js';
import { AuthenticationError } from '../../core/errors/authentication-error.js';
import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import { TransientDeliveryError } from '../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';

const platform = (error: string, extra: Record<string, unknown> = {}) => new webApi.WebAPIPlatformError({ ok: false, error, ...extra });

describe('mapSlackError', () => {
  it('maps HTTP 429 to RateLimitError with Retry-After in ms', () => {
    const e = mapSlackError(new webApi.WebAPIRateLimitedError(30));
    expect(e).toBeInstanceOf(RateLimitError);
    expect((e as RateLimitError).retryAfterMs).toBe(30_000);
  });

  it('maps a refused token to AuthenticationError for calls and UnrecoverableDeliveryError for deliveries', () => {
    for (const code of ['invalid_auth', 'not_authed', 'token_revoked', 'account_inactive']) {
      expect(mapSlackError(platform(code), 'call')).toBeInstanceOf(AuthenticationError);
      const d = mapSlackError(platform(code), 'delivery');
      expect(d).toBeInstanceOf(UnrecoverableDeliveryError);
      expect((d as UnrecoverableDeliveryError).platformCode).toBe(code);
    }
  });

  it('maps closed destinations and bad payloads to UnrecoverableDeliveryError, keeping the code', () => {
    for (const code of ['channel_not_found', 'not_in_channel', 'is_archived', 'invalid_blocks', 'msg_too_long']) {
      const e = mapSlackError(platform(code));
      expect(e).toBeInstanceOf(UnrecoverableDeliveryError);
      expect((e as UnrecoverableDeliveryError).platformCode).toBe(code);
    }
  });

  it('maps unknown codes, 5xx and network failures to TransientDeliveryError', () => {
    expect(mapSlackError(platform('internal_error'))).toBeInstanceOf(TransientDeliveryError);
    expect(mapSlackError(new webApi.WebAPIHTTPError(503, 'Service Unavailable', {}))).toBeInstanceOf(TransientDeliveryError);
    expect(mapSlackError(new Error('ECONNRESET'))).toBeInstanceOf(TransientDeliveryError);
  });

  it('keeps a ratelimited platform error with its retryAfter', () => {
    const e = mapSlackError(platform('ratelimited', { response_metadata: { retryAfter: 7 } }));
    expect((e as RateLimitError).retryAfterMs).toBe(7000);
  });
});
