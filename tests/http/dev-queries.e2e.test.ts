import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDevQueries } from '../support/dev-queries.js';
import { type TestApp, startTestApp } from './start-test-app.js';

// Every question of ../shared/examples/dev-queries.yaml through POST /api/console/messages, as a
// user would send it; the joined reply texts must match every pattern. A floor, not the goal.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: new Date('2026-11-25T10:00:00+08:00') });
});
afterAll(async () => {
  await t.app.stop();
});

describe('dev queries through the console endpoint', () => {
  it.each(loadDevQueries().map((d) => [d.q, d.all] as const))('%s', async (q, patterns) => {
    const res = await t.postJson('/api/console/messages', { userId: 'officer-1', text: q });
    expect(res.status).toBe(200);
    const { replies } = (await res.json()) as { replies: { text: string }[] };
    const text = replies.map((r) => r.text).join('\n');
    for (const p of patterns) expect(text, `pattern ${p}`).toMatch(new RegExp(p));
  });
});
