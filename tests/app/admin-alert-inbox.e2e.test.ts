import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTestConfig } from '../support/write-config.js';
import { eventually } from '../delivery/delivery-fixtures.js';
import { type FakeWecomApi, startFakeWecomApi } from '../fakes/fake-wecom-api.js';
import { jsonOf, type TestApp, startTestApp } from '../http/start-test-app.js';

// A unit's WeCom robot was removed (errcode 93000): the push stops, the robot is marked broken,
// and the admin — whose only id is a console id — finds the alert in their console inbox.
interface InboxItem {
  reply: { title: string; summary?: string };
}

let wecom: FakeWecomApi;
let t: TestApp;

beforeAll(async () => {
  wecom = await startFakeWecomApi({ webhookKeys: ['other-key'] });
  const config = writeTestConfig([
    'quietHours: none',
    'units:',
    '  - id: haishu',
    '    name: 海曙大队',
    `    destinations: [{ platform: wecom-robot, webhook: "${wecom.webhookUrl('removed-key')}" }]`,
    'people:',
    '  - { name: 张督查, role: supervisor, ids: { console: zhang } }',
    '  - { name: 周管理, role: admin, ids: { console: zhou } }',
  ]);
  // In the past: the runner sends by the real clock.
  t = await startTestApp({ env: { CASEBOT_CONFIG: config }, now: new Date('2026-09-09T10:00:00+08:00') });
});

afterAll(async () => {
  await t.app.stop();
  await wecom.close();
});

describe('broken-destination alert to a console admin', () => {
  it('arrives in the admin\'s console inbox, naming the destination but not the webhook key', async () => {
    const res = await t.postJson('/api/console/messages', { userId: 'zhang', text: '督办 海曙大队 整改期限 2026-12-31 案卷缺少送达回证，限期补正' });
    expect(res.status).toBe(200);
    // The alert is enqueued after the failed push is recorded, so the runner may look idle in between.
    let items: InboxItem[] = [];
    await eventually(async () => {
      await t.app.runtime.runner.idle(15_000);
      items = (await jsonOf<{ items: InboxItem[] }>(await fetch(`${t.url}/api/console/inbox?userId=zhou`))).items;
      return items.length > 0;
    }, 15_000, 'the admin alert in the console inbox');
    expect(items.map((i) => i.reply.title)).toEqual(['【推送故障】一个推送目的地已停用']);
    expect(items[0]!.reply.summary).toMatch(/目的地 wecom-robot:[0-9a-f]+ 返回永久错误/);
    expect(JSON.stringify(items)).not.toContain('removed-key');
  });
});
