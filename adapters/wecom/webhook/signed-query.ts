import type { WecomSignedQuery } from '../crypto/wecom-crypto.js';
import { WecomCryptoError } from '../crypto/crypto-error.js';

/** The GET verification query: the signed parameters plus the encrypted `echostr`. */
export interface WecomUrlQuery extends WecomSignedQuery {
  echostr: string;
}

function param(query: unknown, name: string): string {
  const value = (query as Record<string, unknown> | null)?.[name];
  // A request without the signed parameters is not from WeCom: treat like a bad signature (401).
  if (typeof value !== 'string' || value === '') throw new WecomCryptoError('signature', `missing ${name}`);
  return value;
}

/** The signed parameters of a POST callback, already URL-decoded by the HTTP server. */
export function signedQuery(query: unknown): WecomSignedQuery {
  return { msg_signature: param(query, 'msg_signature'), timestamp: param(query, 'timestamp'), nonce: param(query, 'nonce') };
}

/** The parameters of a GET URL verification (doc 90930). */
export function urlQuery(query: unknown): WecomUrlQuery {
  return { ...signedQuery(query), echostr: param(query, 'echostr') };
}
