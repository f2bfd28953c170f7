import { decodeAesKey } from './aes-key.js';
import { decryptPayload, encryptPayload } from './cipher.js';
import { WecomCryptoError } from './crypto-error.js';
import { computeSignature, signatureMatches } from './signature.js';

/** The three values of the app's "设置API接收" page plus the corp id (platforms.md §2.1). */
export interface WecomCryptoConfig {
  token: string;
  encodingAesKey: string;
  /** The corp id for a self-built app; decryption rejects any other receiveid. */
  receiveId: string;
}

/** Query parameters WeCom puts on every callback (GET adds `echostr`). */
export interface WecomSignedQuery {
  msg_signature: string;
  timestamp: string;
  nonce: string;
}

/** An encrypted passive reply: the values of the reply XML envelope. */
export interface EncryptedReply {
  encrypt: string;
  signature: string;
  timestamp: string;
  nonce: string;
}

/** WXBizMsgCrypt in node:crypto: verify, decrypt and encrypt callback payloads. */
export interface WecomCrypto {
  /** Verifies the signature over `encrypted`, decrypts it, checks the receiveid; returns the message. */
  open(query: WecomSignedQuery, encrypted: string): string;
  /** Encrypts a passive reply and signs it with the reply's own timestamp and nonce. */
  seal(msg: string, timestamp: string, nonce: string, random?: Buffer): EncryptedReply;
}

/**
 * Builds the crypto for one app. Throws WecomCryptoError('aes-key') on a malformed key, so a bad
 * WECOM_ENCODING_AES_KEY fails at startup, not on the first message.
 * @example createWecomCrypto({ token, encodingAesKey, receiveId: corpId }).open(query, echostr)
 */
export function createWecomCrypto(config: WecomCryptoConfig): WecomCrypto {
  const aes = decodeAesKey(config.encodingAesKey);
  return {
    open(query, encrypted) {
      const expected = computeSignature(config.token, query.timestamp, query.nonce, encrypted);
      if (!signatureMatches(expected, query.msg_signature)) {
        throw new WecomCryptoError('signature', 'msg_signature does not match');
      }
      const { msg, receiveId } = decryptPayload(aes, encrypted);
      // The official libraries fail with -40005 here; a message for another corp is not ours.
      if (receiveId !== config.receiveId) throw new WecomCryptoError('receive-id', 'receiveid is not this corp id');
      return msg;
    },
    seal(msg, timestamp, nonce, random) {
      const encrypt = encryptPayload(aes, msg, config.receiveId, random);
      return { encrypt, signature: computeSignature(config.token, timestamp, nonce, encrypt), timestamp, nonce };
    },
  };
}
