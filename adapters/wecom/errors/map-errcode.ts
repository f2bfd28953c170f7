import type { BotError } from '../../../core/errors/bot-error.js';
import { RateLimitError } from '../../../core/errors/rate-limit-error.js';
import { TransientDeliveryError } from '../../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../../core/errors/unrecoverable-delivery-error.js';
import { ERRCODE_FREQ_LIMIT, PERMANENT_ERRCODES, RATE_LIMIT_RETRY_MS } from './errcodes.js';

/** A WeCom JSON answer: errcode 0 is success, anything else a failure (doc 90313). */
export interface WecomResponse {
  errcode: number;
  errmsg: string;
  [field: string]: unknown;
}

/**
 * Maps a non-zero errcode to casebot's typed errors. `what` names the call (never the webhook key
 * or token). The errmsg is kept for support: WeCom puts a `hint` in it.
 * - 45009 → RateLimitError (60 s); -1 busy, 45033 and token codes that survived a refresh are transient,
 * - known permanent codes → UnrecoverableDeliveryError keeping the errcode,
 * - any other code → TransientDeliveryError: an errcode means nothing was posted, so a bounded
 *   retry cannot double-post (only a timeout can, platforms.md §1.5).
 */
export function errorForErrcode(what: string, response: WecomResponse): BotError {
  const { errcode, errmsg } = response;
  const message = `${what}: WeCom errcode ${errcode} ${errmsg}`;
  if (errcode === ERRCODE_FREQ_LIMIT) return new RateLimitError(message, RATE_LIMIT_RETRY_MS);
  if (PERMANENT_ERRCODES.has(errcode)) return new UnrecoverableDeliveryError(message, errcode);
  return new TransientDeliveryError(message, errcode);
}

/** An HTTP failure without a WeCom JSON body: 429 → rate limit, 5xx → transient, other → permanent. */
export function errorForHttpStatus(what: string, status: number, retryAfter: string | null): BotError {
  const message = `${what}: HTTP ${status}`;
  if (status === 429) {
    const seconds = Number(retryAfter);
    return new RateLimitError(message, Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : RATE_LIMIT_RETRY_MS);
  }
  if (status >= 500) return new TransientDeliveryError(message, status);
  return new UnrecoverableDeliveryError(message, status);
}
