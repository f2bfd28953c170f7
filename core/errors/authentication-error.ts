import { BotError } from './bot-error.js';

/** An inbound request failed the platform's authentication, or our credentials were refused. */
export class AuthenticationError extends BotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('AUTHENTICATION_FAILED', message, options);
  }
}
