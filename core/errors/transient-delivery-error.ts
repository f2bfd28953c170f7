import { BotError } from './bot-error.js';

/** A push that failed for a passing reason (network, 5xx, system busy); retried with backoff. */
export class TransientDeliveryError extends BotError {
  constructor(message: string, readonly platformCode?: string | number, options?: { cause?: unknown }) {
    super('DELIVERY_TRANSIENT', message, options);
  }
}
