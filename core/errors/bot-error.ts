/** Stable string codes; callers branch on the code, never on the message. */
export type BotErrorCode =
  | 'RATE_LIMITED' | 'AUTHENTICATION_FAILED' | 'VALIDATION_FAILED' | 'NOT_IMPLEMENTED'
  | 'DELIVERY_UNRECOVERABLE' | 'DELIVERY_TRANSIENT' | 'KNOWLEDGE_INVALID' | 'CONFIG_INVALID';

/**
 * Base of every error casebot maps at a boundary.
 * @example throw new BotError('CONFIG_INVALID', 'PORT must be a number');
 */
export class BotError extends Error {
  constructor(readonly code: BotErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
