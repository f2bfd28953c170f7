import type { BotErrorCode } from '../../../core/errors/bot-error.js';
import { WecomCryptoError } from '../crypto/crypto-error.js';
import { XmlParseError } from '../xml/xml-parse-error.js';

/** How a rejected callback is answered: the HTTP status and the stable code counted in metrics. */
export interface CallbackFailure {
  status: 400 | 401 | 403;
  code: BotErrorCode;
  reason: string;
}

/**
 * Maps a callback error to its answer: bad or missing signature → 401 (not from WeCom),
 * receiveid of another corp → 403 (from WeCom, not for us), undecryptable or malformed XML → 400.
 * Returns undefined for anything else, which the route lets surface as a 500.
 */
export function callbackFailure(error: unknown): CallbackFailure | undefined {
  if (error instanceof WecomCryptoError) {
    if (error.failure === 'signature') return { status: 401, code: error.code, reason: error.message };
    if (error.failure === 'receive-id') return { status: 403, code: error.code, reason: error.message };
    if (error.failure === 'decrypt') return { status: 400, code: 'VALIDATION_FAILED', reason: error.message };
    return undefined;
  }
  if (error instanceof XmlParseError) return { status: 400, code: error.code, reason: error.message };
  return undefined;
}
