import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Loaders for tests/fixtures/wecom, shared by the WeCom tests. */
const DIR = join(import.meta.dirname, '..', 'fixtures', 'wecom');

export interface KeySet {
  token: string;
  encodingAesKey: string;
  receiveId: string;
}

export interface Vector {
  name: string;
  keySet: 'A' | 'B';
  kind: 'url' | 'xml' | 'json';
  msgSignature: string;
  timestamp: string;
  nonce: string;
  encrypt: string;
  encryptUrlEncoded?: string;
  body?: string;
  plaintext: string;
  random: string;
  padBytes: number;
}

export interface Vectors {
  keySets: Record<'A' | 'B', KeySet>;
  vectors: Vector[];
  deterministicEncryption: {
    encodingAesKey: string; receiveId: string; random: string; msg: string; encrypt: string;
    token: string; timestamp: string; nonce: string; derivedSignature: string;
  };
}

export function readJsonFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(DIR, name), 'utf8')) as T;
}

export function readCallbackXml(name: string): string {
  return readFileSync(join(DIR, 'callbacks', name), 'utf8');
}

export const vectors = (): Vectors => readJsonFixture<Vectors>('vectors.json');
export const responses = (): Record<string, Record<string, unknown>> => readJsonFixture('responses.json');
