import { BotError } from './bot-error.js';

/** Input that does not have the required shape; `issues` name each bad path. */
export class ValidationError extends BotError {
  constructor(message: string, readonly issues: string[] = [], options?: { cause?: unknown }) {
    super('VALIDATION_FAILED', message, options);
  }
}
