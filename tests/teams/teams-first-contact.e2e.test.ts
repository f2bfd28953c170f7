// The whole application (runtime wiring, record store, job runner) with the fake Bot Framework
// connector: a supervisor who never wrote to the bot still gets escalations in a 1:1 chat the bot
// starts; before the bot was installed anywhere the push is marked broken and the admin told why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeliveryStores } from '../../bot/delivery/delivery-stores.js';
import { makeDeliveryJob, type DeliveryJob } from '../../bot/delivery/delivery-job.js';
import { eventually, sampleReply } from '../delivery/delivery-fixtures.js';
import { FakeBotConnector } from '../fakes/fake-bot-connector.js';
import { jsonOf, startTestApp, type TestApp } from '../http/start-test-app.js';
import { writeTestConfig } from '../support/write-config.js';
import { teamsFixture } from './teams-fixtures.js';

const SUPERVISOR = '29:fake-supervisor-lisi';
const TENANT = '00000000-0000-0000-0000-0000000000c0';

const config = () => writeTestConfig([
  'quietHours: none',
  'people:',
  `  - { name: 李督查, role: supervisor, ids: { teams: "${SUPERVISOR}" } }`,
  '  - { name: 周管理, role: admin, ids: { console: zhou } }',
]);

function escalationTo(userId: string, stage: string): DeliveryJob {
  return makeDeliveryJob({
    destination: { platform: 'teams', userId },
    payload: { reply: sampleReply(`【逾期升级】N-12 未确认（${stage}）`) },
    subject: { kind: 'notice', id: 'N-12' }, stage, rule: 'escalation', actor: 'system',
  });
}

async function deliver(t: TestApp, job: DeliveryJob) {
  await t.app.runtime.runner.enqueue([job]);
  await t.app.runtime.runner.idle(15_000);
  return createDeliveryStores(t.app.runtime.store.db).deliveries.get(job.id);
}

let connector: FakeBotConnector;
beforeAll(async () => {
  connector = await new FakeBotConnector().start();
});
afterAll(() => connector.stop());

describe('escalation to a Teams supervisor who never wrote to the bot', () => {
  let t: TestApp;
  beforeAll(async () => {
    // In the past: the runner sends by the real clock.
    t = await startTestApp({ env: { CASEBOT_CONFIG: config() }, now: new Date('2026-01-10T10:00:00+08:00') });
    // The bot is in a group chat of the organisation's tenant (someone talked to it there).
    const res = await t.postJson('/api/messages', { ...teamsFixture('group-chat-message'), serviceUrl: connector.serviceUrl });
    expect(res.status).toBeLessThan(300);
    connector.reset();
  });
  afterAll(() => t.app.stop());

  it('reaches them in a new 1:1 chat, and the next escalation reuses that chat', async () => {
    const first = await deliver(t, escalationTo(SUPERVISOR, 'overdue-1'));
    expect(first).toMatchObject({ status: 'sent', lastError: null });
    expect(connector.conversationsCreated).toHaveLength(1);
    expect(connector.conversationsCreated[0]!.body).toMatchObject({ members: [{ id: SUPERVISOR }], channelData: { tenant: { id: TENANT } }, isGroup: false });
    const chat = connector.conversationsCreated[0]!.conversationId!;
    expect(JSON.stringify(connector.activitiesIn(chat)[0]!.body)).toContain('【逾期升级】N-12 未确认（overdue-1）');

    const second = await deliver(t, escalationTo(SUPERVISOR, 'overdue-2'));
    expect(second).toMatchObject({ status: 'sent' });
    expect(connector.conversationsCreated).toHaveLength(1);
    expect(connector.activitiesIn(chat)).toHaveLength(2);
  });
});

describe('escalation to a Teams user before the bot was installed anywhere', () => {
  let t: TestApp;
  beforeAll(async () => {
    connector.reset();
    t = await startTestApp({ env: { CASEBOT_CONFIG: config() }, now: new Date('2026-01-10T10:00:00+08:00') });
  });
  afterAll(() => t.app.stop());

  it('fails at once with a clear reason, and the admin is told', async () => {
    const row = await deliver(t, escalationTo(SUPERVISOR, 'overdue-1'));
    // Not retried: the row failed at its first attempt and its destination is marked broken.
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row!.lastError).toMatch(/cannot start a 1:1 Teams chat with this user: the bot has no Teams conversation yet/);
    expect(connector.conversationsCreated).toHaveLength(0);
    expect(connector.received).toHaveLength(0);

    let summaries: string[] = [];
    await eventually(async () => {
      await t.app.runtime.runner.idle(15_000);
      const { items } = await jsonOf<{ items: { reply: { summary?: string } }[] }>(await fetch(`${t.url}/api/console/inbox?userId=zhou`));
      summaries = items.map((i) => i.reply.summary ?? '');
      return summaries.length > 0;
    }, 15_000, 'the admin alert');
    expect(summaries[0]).toContain(`user:teams:${SUPERVISOR}`);
    expect(summaries[0]).toContain('cannot start a 1:1 Teams chat');
  });
});
