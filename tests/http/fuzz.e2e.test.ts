import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './start-test-app.js';
import { prng } from '../support/prng.js';


function randomValue(rand: () => number, depth = 0): unknown {
  const pick = Math.floor(rand() * (depth > 2 ? 5 : 8));
  const str = () => Array.from({ length: Math.floor(rand() * 40) }, () => String.fromCodePoint(Math.floor(rand() * 0x2ffff))).join('');
  switch (pick) {
    case 0: return str();
    case 1: return rand() * 1e308 * (rand() < 0.5 ? -1 : 1);
    case 2: return null;
    case 3: return rand() < 0.5;
    case 4: return Math.floor(rand() * 100);
    case 5: return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
    case 6: return { userId: randomValue(rand, depth + 1), text: randomValue(rand, depth + 1) };
    default: return { __proto__: { polluted: true }, constructor: { prototype: { x: 1 } }, [str()]: randomValue(rand, depth + 1) };
  }
}

/** One request body and content type: random JSON, truncated JSON, raw bytes, or a wrong media type. */
function randomRequest(rand: () => number): { body: string | Uint8Array; type: string } {
  const json = JSON.stringify(randomValue(rand)) ?? 'null';
  switch (Math.floor(rand() * 6)) {
    case 0: return { body: json, type: 'application/json' };
    case 1: return { body: json.slice(0, Math.floor(rand() * json.length)), type: 'application/json' };
    case 2: return { body: Uint8Array.from({ length: Math.floor(rand() * 512) }, () => Math.floor(rand() * 256)), type: 'application/json' };
    case 3: return { body: json, type: ['text/plain', 'application/xml', 'multipart/form-data', 'application/x-www-form-urlencoded'][Math.floor(rand() * 4)]! };
    case 4: return { body: `{"userId":"fuzz","text":${JSON.stringify(String(randomValue(rand)))}}`, type: 'application/json; charset=utf-8' };
    default: return { body: '{"userId":"fuzz","text":"' + '\\u'.repeat(Math.floor(rand() * 5)) + '"}', type: 'application/json' };
  }
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.app.stop();
});

describe('console endpoint under random and malformed payloads', () => {
  it('answers 300 of them with 2xx or 4xx and keeps serving', async () => {
    const rand = prng(20260925);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 300; i++) {
      const { body, type } = randomRequest(rand);
      const res = await fetch(`${t.url}/api/console/messages`, { method: 'POST', headers: { 'content-type': type }, body });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status, `payload #${i}`).toBeLessThan(500);
    }
    // The mix really exercised the error paths, not just the happy one.
    expect(statuses.get(400)).toBeGreaterThan(20);
    expect(statuses.get(415)).toBeGreaterThan(5);
    expect(({}) as Record<string, unknown>).not.toHaveProperty('polluted');
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    const ok = await t.postJson('/api/console/messages', { userId: 'after-fuzz', text: '帮助' });
    expect(ok.status).toBe(200);
  });
});
