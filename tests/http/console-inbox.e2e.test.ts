/**
 * The console inbox through the real app: an officer whose only id is a console id registers a
 * case from the console inside a warning window; the reminder sweep pushes them a 临期 reminder,
 * which arrives in GET /api/console/inbox — no destination is marked broken, no admin is alerted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTestConfig } from '../support/write-config.js';
import { createDeliveryStores } from '../../bot/delivery/delivery-stores.js';
import { runReminderSweep } from '../../bot/reminders/sweep.js';
import type { Reply } from '../../core/reply/reply.js';
import { CONSOLE_CSP } from '../../bot/http/routes/console-assets.js';
import { type ErrorJson, jsonOf, type TestApp, startTestApp } from './start-test-app.js';

const CASE_NO = '甬交执罚〔2026〕123号';
// Wednesday 2026-09-09 10:00 in Beijing: 告知 2026-09-07 + 5 working days → 听证申请期限 2026-09-14, 3 working days
// ahead. In the past on purpose: the runner sends by the real clock, so a job the app makes at a
// future fake time would wait for it.
const NOW = new Date('2026-09-09T10:00:00+08:00');

interface InboxJson {
  items: { id: string; sentAt: string; reply: Reply }[];
}

let t: TestApp;

beforeAll(async () => {
  const config = writeTestConfig([
    'quietHours: none',
    'units:',
    '  - { id: haishu, name: 海曙大队, destinations: [] }',
    'people:',
    '  - { name: 李执法, unit: haishu, role: officer, ids: { console: li } }',
    '  - { name: 周管理, role: admin, ids: { console: zhou } }',
  ]);
  t = await startTestApp({ env: { CASEBOT_CONFIG: config }, now: NOW });
});

afterAll(async () => {
  await t.app.stop();
});

async function say(userId: string, text: string): Promise<void> {
  const res = await t.postJson('/api/console/messages', { userId, text });
  expect(res.status).toBe(200);
}

function inbox(query: string): Promise<Response> {
  return fetch(`${t.url}/api/console/inbox${query}`);
}

describe('GET /api/console/inbox', () => {
  it('shows a console officer the reminder the sweep sent them, and breaks nothing', async () => {
    await say('li', `登记案件 ${CASE_NO} 非法营运 立案 2026-09-01`);
    await say('li', `案件 ${CASE_NO} 告知 2026-09-07`);
    await runReminderSweep(t.app.runtime.deps, NOW);
    await t.app.runtime.runner.idle(15_000);

    const res = await inbox('?userId=li');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { items } = await jsonOf<InboxJson>(res);
    expect(items.map((i) => i.reply.title)).toEqual([`【临期提醒】${CASE_NO} 当事人申请听证期限 2026-09-14（还剩 3 个工作日）`]);
    expect(items[0]!.reply.actions).toEqual([expect.objectContaining({ value: `收到 ${CASE_NO}` })]);
    expect(Date.parse(items[0]!.sentAt)).not.toBeNaN();

    const stores = createDeliveryStores(t.app.runtime.store.db);
    expect(await stores.destinations.listBroken()).toEqual([]);
    expect(await stores.deliveries.listByStatus(['failed', 'broken', 'dead'])).toEqual([]);
    const alerts = (await stores.deliveries.listByStatus(['pending', 'sent'])).filter((d) => d.subjectKind === 'destination');
    expect(alerts).toEqual([]);
    expect(await jsonOf<InboxJson>(await inbox('?userId=zhou'))).toEqual({ items: [] });
  });

  it('answers 400 with a clear message for a missing or invalid userId or limit', async () => {
    for (const query of ['', '?userId=', `?userId=${'x'.repeat(65)}`, '?userId=li&limit=0', '?userId=li&limit=abc', '?userId=a&userId=b']) {
      const res = await inbox(query);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
      const body = await jsonOf<ErrorJson>(res);
      expect(body.error).toBe('bad_request');
      expect(body.message, query).toMatch(/^expected \?userId=<id>.*: (userId|limit): /);
    }
    const missing = await jsonOf<ErrorJson>(await inbox(''));
    expect(missing.message).toContain('userId: required');
  });
});
