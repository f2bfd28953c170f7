import { AuthenticationError } from '../../../core/errors/authentication-error.js';

/**
 * Why a WeCom callback failed the crypto checks. The official WXBizMsgCrypt libraries use
 * -40001 (signature), -40005 (receiveid mismatch), -40004 (illegal AES key), -40007 (decrypt)
 * and -40008 (illegal buffer) — platforms.md §2.4; we keep a readable reason instead.
 */
export type WecomCryptoFailure = 'signature' | 'receive-id' | 'aes-key' | 'decrypt';

/**
 * A callback that is not provably from WeCom for this corp. The route maps `failure` to a status:
 * signature → 401, receive-id → 403, decrypt → 400.
 * @example new WecomCryptoError('signature', 'msg_signature does not match')
 */
export class WecomCryptoError extends AuthenticationError {
  constructor(readonly failure: WecomCryptoFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
