// Connector HTTP failures → casebot's typed errors (retry or not, and when).
import { describe, expect, it } from 'vitest';
import { HttpError } from '@microsoft/agents-hosting';
import { mapConnectorError } from '../../adapters/teams/index.js';
import { AuthenticationError } from '../../core/errors/authentication-error.js';
import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import { TransientDeliveryError } from '../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';

const NOW = Date.parse('2025-03-01T08:00:00Z');

function httpError(status: number, headers: Record<string, string> = {}, data: unknown = {}): HttpError {
  const config = { method: 'post', url: 'v3/conversations/c/activities' };
  return new HttpError(`Request failed with status ${status}`, { data, status, statusText: '', headers: new Headers(headers), config }, config);
}

describe('mapConnectorError', () => {
  it('429 with Retry-After seconds → RateLimitError with retryAfterMs', () => {
    const err = mapConnectorError(httpError(429, { 'retry-after': '3' }), NOW);
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as RateLimitError).retryAfterMs).toBe(3_000);
  });

  it('429 with an HTTP-date Retry-After waits until that time', () => {
    const err = mapConnectorError(httpError(429, { 'retry-after': 'Sat, 01 Mar 2025 08:00:10 GMT' }), NOW) as RateLimitError;
    expect(err.retryAfterMs).toBe(10_000);
  });

  it('429 without Retry-After still asks to wait', () => {
    expect((mapConnectorError(httpError(429), NOW) as RateLimitError).retryAfterMs).toBeGreaterThan(0);
  });

  it('401 → AuthenticationError; 403 and 404 → unrecoverable with the status kept', () => {
    expect(mapConnectorError(httpError(401), NOW)).toBeInstanceOf(AuthenticationError);
    const forbidden = mapConnectorError(httpError(403), NOW) as UnrecoverableDeliveryError;
    expect(forbidden).toBeInstanceOf(UnrecoverableDeliveryError);
    expect(forbidden.platformCode).toBe(403);
    const gone = mapConnectorError(httpError(404, {}, { error: { code: 'ConversationNotFound' } }), NOW) as UnrecoverableDeliveryError;
    expect(gone.platformCode).toBe(404);
    expect(gone.message).toContain('ConversationNotFound');
  });

  it('5xx, 412 → transient; 413 too big → unrecoverable', () => {
    for (const status of [500, 502, 503, 504, 412]) expect(mapConnectorError(httpError(status), NOW)).toBeInstanceOf(TransientDeliveryError);
    expect(mapConnectorError(httpError(413), NOW)).toBeInstanceOf(UnrecoverableDeliveryError);
  });

  it('a refused connection is transient; a programming error passes through', () => {
    expect(mapConnectorError(new TypeError('fetch failed'), NOW)).toBeInstanceOf(TransientDeliveryError);
    const bug = new RangeError('bug');
    expect(mapConnectorError(bug, NOW)).toBe(bug);
  });
});
