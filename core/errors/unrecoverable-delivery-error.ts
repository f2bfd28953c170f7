import { BotError } from './bot-error.js';

/** A push that must not be retried: invalid webhook key, revoked token, unknown channel. `platformCode` keeps the platform's own code. */
export class UnrecoverableDeliveryError extends BotError {
  constructor(message: string, readonly platformCode?: string | number, options?: { cause?: unknown }) {
    super('DELIVERY_UNRECOVERABLE', message, options);
  }
}
