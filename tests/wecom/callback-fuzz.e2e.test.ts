// /wecom/callback under a few hundred malformed and random payloads: every answer is 2xx or 4xx
// (never 5xx), nothing reaches the handler, and the server keeps answering real callbacks.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { computeSignature } from '../../adapters/wecom/crypto/signature.js';
import { vectors } from './wecom-fixtures.js';
import { postCallback, signedCallback, textMessageXml } from './wecom-sender.js';
import { startWecomServer, type WecomTestServer } from './wecom-test-server.js';
import { prng } from '../support/prng.js';

const A = vectors().keySets.A;
let app: WecomTestServer;


function randomText(rand: () => number, max: number): string {
  return Array.from({ length: Math.floor(rand() * max) }, () => String.fromCodePoint(Math.floor(rand() * 0x2ffff))).join('');
}

const FRAGMENTS = ['<xml>', '</xml>', '<Encrypt>', '</Encrypt>', '<![CDATA[', ']]>', '&amp;', '&', '<!DOCTYPE x>', '<?xml?>', 'AAAA', '<a/>'];

/** One request: its query, body and content type. Some are validly signed so they get past the signature. */
function randomRequest(rand: () => number): { query: string; body: string; type: string } {
  const ts = String(Math.floor(rand() * 2e9));
  const nonce = String(Math.floor(rand() * 1e9));
  const encrypt = Buffer.from(randomText(rand, 120)).toString(rand() < 0.5 ? 'base64' : 'utf8');
  const signed = rand() < 0.5;
  const sig = signed ? computeSignature(A.token, ts, nonce, encrypt) : randomText(rand, 45);
  const query = new URLSearchParams({ msg_signature: sig, timestamp: ts, nonce }).toString();
  const kind = Math.floor(rand() * 4);
  const body = kind === 0 ? `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`
    : kind === 1 ? Array.from({ length: Math.floor(rand() * 12) }, () => FRAGMENTS[Math.floor(rand() * FRAGMENTS.length)]).join('')
      : kind === 2 ? randomText(rand, 300)
        : `<xml><Encrypt>${encrypt}</Encrypt>${randomText(rand, 50)}</xml>`;
  const type = ['text/xml', 'application/xml', 'text/plain', 'application/json', 'application/octet-stream'][Math.floor(rand() * 5)]!;
  return { query: rand() < 0.1 ? '' : query, body, type };
}

beforeAll(async () => {
  app = await startWecomServer({ WECOM_CORP_ID: A.receiveId, WECOM_TOKEN: A.token, WECOM_ENCODING_AES_KEY: A.encodingAesKey });
});
afterAll(() => app.close());

it('answers 300 random payloads with 2xx/4xx and keeps serving', async () => {
  const rand = prng(20260110);
  for (let i = 0; i < 300; i += 1) {
    const { query, body, type } = randomRequest(rand);
    const res = await fetch(`${app.url}/wecom/callback?${query}`, { method: 'POST', headers: { 'content-type': type }, body });
    await res.arrayBuffer();
    expect(res.status, `payload #${i}`).toBeLessThan(500);
    expect(res.status, `payload #${i}`).not.toBe(200);
  }
  expect(app.received).toHaveLength(0);
  const ok = await postCallback(app.url, signedCallback(A, textMessageXml(A.receiveId, 'u1', '你好', '1')));
  expect(ok.status).toBe(200);
  expect(app.received).toHaveLength(1);
});
