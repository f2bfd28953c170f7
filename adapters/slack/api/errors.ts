import { webApi } from '@slack/bolt';
import { AuthenticationError } from '../../../core/errors/authentication-error.js';
import { BotError } from '../../../core/errors/bot-error.js';
import { RateLimitError } from '../../../core/errors/rate-limit-error.js';
import { TransientDeliveryError } from '../../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../../core/errors/unrecoverable-delivery-error.js';

/** Our token was refused (docs.slack.dev/reference/methods/chat.postMessage, "Errors"). */
const AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'no_permission', 'missing_scope']);

/**
 * Errors a retry cannot fix: the destination is gone or closed to us, or the message itself is
 * wrong. Retrying `invalid_blocks` or `msg_too_long` would fail forever, so they stop too.
 */
const PERMANENT_ERRORS = new Set([
  'channel_not_found', 'not_in_channel', 'is_archived', 'user_not_found', 'restricted_action',
  'cannot_reply_to_message', 'invalid_blocks', 'invalid_blocks_format', 'msg_too_long', 'msg_blocks_too_long',
  'no_text', 'too_many_attachments', 'invalid_arguments', 'invalid_thread_ts',
]);

/** When Slack says "ratelimited" without a Retry-After, wait a little over its 1 msg/s per channel. */
const DEFAULT_RETRY_AFTER_MS = 1_000;

/**
 * What the call was: a delivery (push or reply — a refused token means "stop delivering",
 * UnrecoverableDeliveryError) or a plain API call (auth.test — AuthenticationError).
 */
export type SlackCallKind = 'delivery' | 'call';

function fromPlatformError(code: string, retryAfterSec: number | undefined, kind: SlackCallKind, cause: unknown): BotError {
  if (code === 'ratelimited') {
    const ms = retryAfterSec !== undefined ? retryAfterSec * 1000 : DEFAULT_RETRY_AFTER_MS;
    return new RateLimitError(`Slack rate limit (ratelimited): retry after ${ms} ms`, ms, { cause });
  }
  if (AUTH_ERRORS.has(code)) {
    const message = `Slack refused the bot token (${code}); check SLACK_BOT_TOKEN and the app's scopes`;
    return kind === 'call' ? new AuthenticationError(message, { cause }) : new UnrecoverableDeliveryError(message, code, { cause });
  }
  if (PERMANENT_ERRORS.has(code)) return new UnrecoverableDeliveryError(`Slack rejected the message (${code})`, code, { cause });
  return new TransientDeliveryError(`Slack call failed (${code})`, code, { cause });
}

/**
 * Maps anything `@slack/web-api`'s WebClient throws to casebot's typed errors, at the adapter's
 * boundary: HTTP 429 + Retry-After → RateLimitError with retryAfterMs; a refused token →
 * AuthenticationError (or UnrecoverableDeliveryError for deliveries); an unknown or closed
 * channel → UnrecoverableDeliveryError; network failures, 5xx and unknown codes → TransientDeliveryError.
 *
 * @example
 * try { await client.chat.postMessage(args) } catch (e) { throw mapSlackError(e, 'delivery') }
 */
export function mapSlackError(error: unknown, kind: SlackCallKind = 'delivery'): BotError {
  if (error instanceof BotError) return error;
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return new RateLimitError(`Slack rate limit (HTTP 429): retry after ${error.retryAfter} s`, error.retryAfter * 1000, { cause: error });
  }
  if (error instanceof webApi.WebAPIPlatformError) {
    const retryAfter = error.data.response_metadata?.retryAfter;
    return fromPlatformError(error.data.error, typeof retryAfter === 'number' ? retryAfter : undefined, kind, error);
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    return new TransientDeliveryError(`Slack answered HTTP ${error.statusCode}`, `http_${error.statusCode}`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new TransientDeliveryError(`Slack call failed: ${message}`, undefined, { cause: error });
}
