import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * msg_signature = hex(SHA1(sorted [token, timestamp, nonce, encrypt] joined without separator)).
 * Sorting is plain code-unit order, as the official samples' `sort()` does (doc 90968).
 */
export function computeSignature(token: string, timestamp: string, nonce: string, encrypt: string): string {
  const joined = [token, timestamp, nonce, encrypt].sort().join('');
  return createHash('sha1').update(joined, 'utf8').digest('hex');
}

/** Constant-time comparison of a received signature with the expected one. */
export function signatureMatches(expected: string, received: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received.toLowerCase(), 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
