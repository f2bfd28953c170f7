/**
 * RS256 JWTs signed with a key made in the test, and a local JWKS endpoint publishing a
 * (possibly different) key — to show the Teams endpoint refuses tokens it cannot verify.
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function newSigningKey(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

export function signJwt(claims: Record<string, unknown>, privateKey: KeyObject, kid: string): string {
  const head = `${b64url({ alg: 'RS256', typ: 'JWT', kid })}.${b64url(claims)}`;
  const signature = createSign('RSA-SHA256').update(head).sign(privateKey).toString('base64url');
  return `${head}.${signature}`;
}

/** An unsigned token: decodable, never verifiable. */
export function unsignedJwt(claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`;
}

/** Serves `{ keys: [publicKey as JWK with kid] }` at any path; counts requests. */
export async function startJwks(publicKey: KeyObject, kid: string): Promise<{ url: string; hits: () => number; close(): Promise<void> }> {
  let hits = 0;
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
  const server: Server = createServer((_req, res) => {
    hits += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
