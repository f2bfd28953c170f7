import { AuthenticationError } from '../../../core/errors/authentication-error.js';
import { BotError } from '../../../core/errors/bot-error.js';
import { RateLimitError } from '../../../core/errors/rate-limit-error.js';
import { TransientDeliveryError } from '../../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../../core/errors/unrecoverable-delivery-error.js';
import { retryAfterMs } from './retry-after.js';

/**
 * Without a Retry-After header we still wait a little: Teams' per-thread send limit is
 * 7 per second (platforms.md §4.3, learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit).
 */
const DEFAULT_RETRY_AFTER_MS = 1_000;

/** The parts of the SDK's `HttpError` we read; kept structural so the SDK class never leaks. */
interface ConnectorHttpFailure {
  status: number;
  response?: { headers?: { get(name: string): string | null }; data?: unknown };
}

function isHttpFailure(err: unknown): err is ConnectorHttpFailure {
  return typeof err === 'object' && err !== null && typeof (err as { status?: unknown }).status === 'number';
}

/** Teams puts `{ error: { code, message } }` in connector error bodies, e.g. `ConversationNotFound`. */
function connectorCode(failure: ConnectorHttpFailure): string {
  const data = failure.response?.data as { error?: { code?: unknown } } | undefined;
  const code = data?.error?.code;
  return typeof code === 'string' ? ` (${code})` : '';
}

function fromStatus(failure: ConnectorHttpFailure, now: number): BotError {
  const { status } = failure;
  const what = `Teams connector answered HTTP ${status}${connectorCode(failure)}`;
  const options = { cause: failure };
  if (status === 429) {
    const wait = retryAfterMs(failure.response?.headers?.get('retry-after'), now, DEFAULT_RETRY_AFTER_MS);
    return new RateLimitError(what, wait, options);
  }
  if (status === 401) return new AuthenticationError(`${what}: the bot's credentials were refused`, options);
  // 403: the bot was removed or blocked in that conversation; 404: the conversation is gone.
  if (status === 403 || status === 404) return new UnrecoverableDeliveryError(what, status, options);
  // Microsoft says to retry 412, 502 and 504 as well as 429 (platforms.md §4.3); any 5xx is passing.
  if (status === 408 || status === 412 || status >= 500) return new TransientDeliveryError(what, status, options);
  // 413 MessageSizeTooBig and other 4xx: sending the same payload again cannot succeed.
  return new UnrecoverableDeliveryError(what, status, options);
}

/** Network failures from fetch (refused, reset, DNS) surface as a TypeError whose cause has a code. */
function isNetworkFailure(err: unknown): boolean {
  return err instanceof TypeError && /fetch failed/i.test(err.message);
}

/**
 * Maps a failure of a Bot Framework Connector call to casebot's typed errors.
 * Anything that is not an HTTP or network failure (a programming error) is returned unchanged.
 *
 * @example
 * mapConnectorError(httpErrorWith429AndRetryAfter3, Date.now()) // RateLimitError, retryAfterMs 3000
 */
export function mapConnectorError(err: unknown, now: number = Date.now()): unknown {
  if (err instanceof BotError) return err;
  if (isHttpFailure(err)) return fromStatus(err, now);
  if (isNetworkFailure(err)) return new TransientDeliveryError('Teams connector unreachable', undefined, { cause: err });
  return err;
}
