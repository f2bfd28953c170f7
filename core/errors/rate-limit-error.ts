import { BotError } from './bot-error.js';

/** The platform said "slow down"; retry after `retryAfterMs`. @example new RateLimitError('WeCom 45009', 60_000) */
export class RateLimitError extends BotError {
  constructor(message: string, readonly retryAfterMs: number, options?: { cause?: unknown }) {
    super('RATE_LIMITED', message, options);
  }
}
