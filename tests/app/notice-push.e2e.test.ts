import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTestConfig } from '../support/write-config.js';
import { type FakeWecomApi, startFakeWecomApi } from '../fakes/fake-wecom-api.js';
import { type TestApp, startTestApp } from '../http/start-test-app.js';

// The whole push path through the real app: a supervisor's console command → notice record →
// durable delivery → WeCom group robot (a local fake speaking the webhook API) → receipt →
// the unit's target marked delivered → 督办情况; then the unit answers from the console.
let wecom: FakeWecomApi;
let t: TestApp;

beforeAll(async () => {
  wecom = await startFakeWecomApi({ webhookKeys: ['haishu-key', 'jiangbei-key'] });
  const config = writeTestConfig([
    'quietHours: none',
    'units:',
    '  - id: haishu',
    '    name: 海曙大队',
    `    destinations: [{ platform: wecom-robot, webhook: "${wecom.webhookUrl('haishu-key')}" }]`,
    '  - id: jiangbei',
    '    name: 江北大队',
    `    destinations: [{ platform: wecom-robot, webhook: "${wecom.webhookUrl('jiangbei-key')}" }]`,
    'people:',
    '  - { name: 张督查, role: supervisor, ids: { console: zhang } }',
    '  - { name: 李执法, unit: haishu, role: officer, ids: { console: li } }',
  ]);
  t = await startTestApp({ env: { CASEBOT_CONFIG: config }, now: new Date('2026-11-25T10:00:00+08:00') });
});

afterAll(async () => {
  await t.app.stop();
  await wecom.close();
});

async function say(userId: string, text: string): Promise<string> {
  const res = await t.postJson('/api/console/messages', { userId, text });
  expect(res.status).toBe(200);
  return ((await res.json()) as { replies: { text: string }[] }).replies.map((r) => r.text).join('\n');
}

describe('supervision notice pushed to WeCom group robots', () => {
  it('delivers to each unit robot, records the receipt, and follows acknowledgement', async () => {
    expect(await say('zhang', '督办 全部单位 整改期限 2026-12-31 案卷缺少送达回证，限期补正')).toMatch(/已发布执法监督工作提示单 N-1/);
    await t.app.runtime.runner.idle(15_000);
    const [message] = wecom.robotMessages('haishu-key');
    expect(JSON.stringify(message)).toMatch(/N-1/);
    expect(JSON.stringify(message)).toMatch(/收到 N-1/);
    expect(wecom.robotMessages('jiangbei-key')).toHaveLength(1);
    expect(await say('zhang', '督办情况')).toMatch(/海曙大队：送达✓ 签收✗/);
    expect(await say('li', '收到 N-1')).toMatch(/海曙大队 已签收 N-1/);
    expect(await say('zhang', '督办情况')).toMatch(/海曙大队：送达✓ 签收✓/);
    const audit = await t.app.runtime.deps.repos.audit.list({ action: 'delivery.sent' });
    expect(audit.length).toBe(2);
  });
});
