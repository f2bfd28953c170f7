import { WecomCryptoError } from './crypto-error.js';

/** The AES key and IV that one EncodingAESKey stands for. */
export interface WecomAesKey {
  key: Buffer;
  /** WeCom uses the first 16 bytes of the key as the CBC IV (platforms.md §2.4). */
  iv: Buffer;
}

// EncodingAESKey: 43 characters, the Base64 of 32 bytes without its "=" (doc 90968). The console
// draws them from [a-zA-Z0-9]; + and / are accepted too since they are valid Base64 (as env-schema does).
const ENCODING_AES_KEY = /^[A-Za-z0-9+/]{43}$/;

/** AESKey = Base64_Decode(EncodingAESKey + "="); throws on anything but a 43-character key. */
export function decodeAesKey(encodingAesKey: string): WecomAesKey {
  if (!ENCODING_AES_KEY.test(encodingAesKey)) {
    throw new WecomCryptoError('aes-key', 'WECOM_ENCODING_AES_KEY must be 43 Base64 characters');
  }
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (key.length !== 32) throw new WecomCryptoError('aes-key', 'WECOM_ENCODING_AES_KEY does not decode to 32 bytes');
  return { key, iv: key.subarray(0, 16) };
}
