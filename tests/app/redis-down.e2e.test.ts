import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from '../http/start-test-app.js';

// Scaled mode with Redis unreachable: the queue is down, but officers' questions do not depend on
// it and commands that push still record their deliveries durably (the reconciler sends them later).
let t: TestApp;
beforeAll(async () => {
  // Port 1 on loopback: nothing listens there, connections are refused at once.
  t = await startTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' }, now: new Date('2026-11-25T10:00:00+08:00') });
}, 60_000);
afterAll(async () => {
  await t.app.stop();
});

describe('scaled mode with Redis down', () => {
  it('still answers questions', async () => {
    const started = performance.now();
    const res = await t.postJson('/api/console/messages', { userId: 'officer-1', text: '2026年1月5日立案，最晚哪天作出处罚决定' });
    expect(res.status).toBe(200);
    const { replies } = (await res.json()) as { replies: { text: string }[] };
    expect(replies[0]!.text).toMatch(/2026-04-07/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('still registers a case: the record is written even though the queue is unreachable', async () => {
    const res = await t.postJson('/api/console/messages', { userId: 'officer-1', text: '登记案件 甬交执罚〔2026〕9号 超限运输 立案 2026-11-20' });
    expect(res.status).toBe(200);
    expect(await t.app.runtime.deps.repos.cases.findByNo('甬交执罚〔2026〕9号')).toBeDefined();
  });
});
