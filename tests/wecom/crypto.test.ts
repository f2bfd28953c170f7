// WeCom crypto against the official WXBizMsgCrypt vectors (platforms.md §2.6): every signature and
// decryption reproduces exactly, encryption matches the deterministic vector, and round-trips hold.
import { createDecipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeAesKey } from '../../adapters/wecom/crypto/aes-key.js';
import { decryptPayload, encryptPayload } from '../../adapters/wecom/crypto/cipher.js';
import { WecomCryptoError } from '../../adapters/wecom/crypto/crypto-error.js';
import { computeSignature } from '../../adapters/wecom/crypto/signature.js';
import { createWecomCrypto } from '../../adapters/wecom/crypto/wecom-crypto.js';
import { parseCallbackEnvelope } from '../../adapters/wecom/xml/envelope.js';
import { vectors } from './wecom-fixtures.js';

const fixtures = vectors();

function rawPlaintext(encodingAesKey: string, encrypt: string): Buffer {
  const { key, iv } = decodeAesKey(encodingAesKey);
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([decipher.update(Buffer.from(encrypt, 'base64')), decipher.final()]);
}

describe('official vectors', () => {
  for (const v of fixtures.vectors) {
    const keys = fixtures.keySets[v.keySet];
    it(`${v.name}: signature reproduces exactly`, () => {
      expect(computeSignature(keys.token, v.timestamp, v.nonce, v.encrypt)).toBe(v.msgSignature);
    });
    it(`${v.name}: verifies and decrypts to the documented plaintext`, () => {
      const crypto = createWecomCrypto(keys);
      const msg = crypto.open({ msg_signature: v.msgSignature, timestamp: v.timestamp, nonce: v.nonce }, v.encrypt);
      expect(msg).toBe(v.plaintext);
    });
    it(`${v.name}: random prefix and ${v.padBytes}-byte pad are as documented`, () => {
      const raw = rawPlaintext(keys.encodingAesKey, v.encrypt);
      expect(raw.subarray(0, 16).toString('latin1')).toBe(v.random);
      expect(raw[raw.length - 1]).toBe(v.padBytes);
      expect(raw.length % 32).toBe(0);
    });
  }

  it('A2 and B2: the Encrypt inside the XML body is the signed value', () => {
    for (const v of fixtures.vectors.filter((x) => x.kind === 'xml')) {
      expect(parseCallbackEnvelope(v.body!).encrypt).toBe(v.encrypt);
    }
  });

  it('A1: the URL-encoded echostr decodes to the signed value', () => {
    const a1 = fixtures.vectors.find((v) => v.name.startsWith('A1'))!;
    expect(decodeURIComponent(a1.encryptUrlEncoded!)).toBe(a1.encrypt);
  });

  it('reproduces the deterministic encryption vector and its derived signature', () => {
    const d = fixtures.deterministicEncryption;
    const encrypt = encryptPayload(decodeAesKey(d.encodingAesKey), d.msg, d.receiveId, Buffer.from(d.random, 'latin1'));
    expect(encrypt).toBe(d.encrypt);
    expect(computeSignature(d.token, d.timestamp, d.nonce, encrypt)).toBe(d.derivedSignature);
  });
});

describe('checks', () => {
  const a = fixtures.keySets.A;
  const a2 = fixtures.vectors.find((v) => v.name.startsWith('A2'))!;
  const query = { msg_signature: a2.msgSignature, timestamp: a2.timestamp, nonce: a2.nonce };

  it('rejects a wrong signature, a changed timestamp and a tampered ciphertext', () => {
    const crypto = createWecomCrypto(a);
    const fail = (fn: () => unknown) => {
      try { fn(); } catch (e) { return e; }
      throw new Error('did not throw');
    };
    expect(fail(() => crypto.open({ ...query, msg_signature: '0'.repeat(40) }, a2.encrypt))).toMatchObject({ failure: 'signature' });
    expect(fail(() => crypto.open({ ...query, timestamp: '1409659814' }, a2.encrypt))).toMatchObject({ failure: 'signature' });
    expect(fail(() => crypto.open(query, `A${a2.encrypt.slice(1)}`))).toMatchObject({ failure: 'signature' });
  });

  it('rejects a message for another corp after a valid signature (receiveid check)', () => {
    const crypto = createWecomCrypto({ ...a, receiveId: 'wwsomeothercorp' });
    expect(() => crypto.open(query, a2.encrypt)).toThrow(expect.objectContaining({ failure: 'receive-id' }));
  });

  it('rejects a malformed EncodingAESKey at construction', () => {
    expect(() => createWecomCrypto({ ...a, encodingAesKey: 'short' })).toThrow(WecomCryptoError);
    expect(() => createWecomCrypto({ ...a, encodingAesKey: `${a.encodingAesKey.slice(0, 42)}-` })).toThrow(/43 Base64/);
  });

  it('rejects a ciphertext that is not whole blocks or has a bad pad', () => {
    const aes = decodeAesKey(a.encodingAesKey);
    expect(() => decryptPayload(aes, Buffer.alloc(20).toString('base64'))).toThrow(expect.objectContaining({ failure: 'decrypt' }));
    expect(() => decryptPayload(aes, Buffer.alloc(32).toString('base64'))).toThrow(expect.objectContaining({ failure: 'decrypt' }));
  });
});

describe('round trip', () => {
  const crypto = createWecomCrypto(fixtures.keySets.B);

  it.each([
    ['empty', ''],
    ['ascii', 'hello'],
    ['chinese', '黑车拉客要哪些证据'],
    ['exactly two blocks of layout', 'x'.repeat(64 - 16 - 4 - 'ww1436e0e65a779aee'.length)],
    ['long', '超限运输'.repeat(500)],
  ])('seal then open returns the message (%s)', (_name, msg) => {
    const sealed = crypto.seal(msg, '1700000000', '12345');
    expect(crypto.open({ msg_signature: sealed.signature, timestamp: '1700000000', nonce: '12345' }, sealed.encrypt)).toBe(msg);
  });

  it('pads to 32-byte blocks: a full block gets a whole 32-byte pad', () => {
    const keys = fixtures.keySets.B;
    const msg = 'x'.repeat(64 - 16 - 4 - keys.receiveId.length);
    const raw = rawPlaintext(keys.encodingAesKey, crypto.seal(msg, '1', '2').encrypt);
    expect(raw.length).toBe(96);
    expect([...raw.subarray(64)]).toEqual(new Array(32).fill(32));
  });
});
