import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDeliveryJob } from '../../bot/delivery/delivery-job.js';
import { FakeBotConnector } from '../fakes/fake-bot-connector.js';
import { type TestApp, startTestApp } from '../http/start-test-app.js';
import { teamsFixture } from '../teams/teams-fixtures.js';

// A Teams user writes to the bot once (its personal conversation reference is stored in the
// record store); later a reminder addressed to that user reaches their 1:1 chat proactively.
let connector: FakeBotConnector;
let t: TestApp;
beforeAll(async () => {
  connector = await new FakeBotConnector().start();
  t = await startTestApp({ now: new Date('2026-11-25T10:00:00+08:00') });
});
afterAll(async () => {
  await t.app.stop();
  await connector.stop();
});

describe('Teams direct pushes', () => {
  it('reaches a user in the personal chat whose reference the record store kept', async () => {
    const activity: Record<string, unknown> = { ...teamsFixture('personal-message'), serviceUrl: connector.serviceUrl };
    const res = await t.postJson('/api/messages', activity);
    expect(res.status).toBeLessThan(300);
    connector.reset();
    const from = activity.from as { id: string };
    await t.app.runtime.runner.enqueue([makeDeliveryJob({
      destination: { platform: 'teams', userId: from.id },
      payload: { reply: { kind: 'notice', locale: 'zh', title: '【临期提醒】测试', sections: [], citations: [] } },
      subject: { kind: 'case', id: 'c1' }, stage: '临期-1', rule: 'test', actor: 'system',
    })]);
    await t.app.runtime.runner.idle(15_000);
    const pushed = connector.received.filter((r) => r.conversationId === (activity.conversation as { id: string }).id);
    expect(pushed).toHaveLength(1);
    expect(JSON.stringify(pushed[0]!.body)).toContain('临期提醒');
  });
});
