import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { WecomAesKey } from './aes-key.js';
import { WecomCryptoError } from './crypto-error.js';
import { pkcs7Pad, pkcs7Unpad } from './pkcs7.js';

// Plaintext layout (doc 90968): random(16) ‖ msg_len(4, big-endian) ‖ msg ‖ receiveid.
const RANDOM_BYTES = 16;
const LENGTH_BYTES = 4;

/** The decrypted parts of one `Encrypt` value. */
export interface DecryptedPayload {
  msg: string;
  receiveId: string;
}

/**
 * AES-256-CBC encryption as WeCom does it; `random` is injectable so the official deterministic
 * vector can be reproduced. Returns Base64.
 */
export function encryptPayload(aes: WecomAesKey, msg: string, receiveId: string, random: Buffer = randomBytes(RANDOM_BYTES)): string {
  if (random.length !== RANDOM_BYTES) throw new RangeError('random must be 16 bytes');
  const body = Buffer.from(msg, 'utf8');
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32BE(body.length, 0);
  const plain = pkcs7Pad(Buffer.concat([random, length, body, Buffer.from(receiveId, 'utf8')]));
  // Padding is WeCom's own (32-byte blocks), so Node's automatic PKCS#7 (16-byte) is switched off.
  const cipher = createCipheriv('aes-256-cbc', aes.key, aes.iv).setAutoPadding(false);
  return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
}

/** Decrypts one Base64 `Encrypt`/`echostr` value; throws WecomCryptoError('decrypt') on any malformation. */
export function decryptPayload(aes: WecomAesKey, encrypted: string): DecryptedPayload {
  const data = Buffer.from(encrypted, 'base64');
  if (data.length === 0 || data.length % 16 !== 0) throw new WecomCryptoError('decrypt', 'ciphertext is not whole AES blocks');
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-cbc', aes.key, aes.iv).setAutoPadding(false);
    plain = Buffer.concat([decipher.update(data), decipher.final()]);
  } catch (cause) {
    throw new WecomCryptoError('decrypt', 'AES decryption failed', { cause });
  }
  const unpadded = pkcs7Unpad(plain);
  if (!unpadded || unpadded.length < RANDOM_BYTES + LENGTH_BYTES) throw new WecomCryptoError('decrypt', 'bad padding');
  const msgLength = unpadded.readUInt32BE(RANDOM_BYTES);
  const msgStart = RANDOM_BYTES + LENGTH_BYTES;
  if (msgStart + msgLength > unpadded.length) throw new WecomCryptoError('decrypt', 'message length exceeds payload');
  return {
    msg: unpadded.subarray(msgStart, msgStart + msgLength).toString('utf8'),
    receiveId: unpadded.subarray(msgStart + msgLength).toString('utf8'),
  };
}
