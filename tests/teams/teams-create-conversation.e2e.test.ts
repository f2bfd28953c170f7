// Direct pushes to Teams users the bot has never talked to: the production sender starts the 1:1
// chat with the real Agents SDK (createConversationAsync) against the fake connector, stores
// its reference, and posts; later pushes reuse it. No known serviceUrl/tenant → permanent error.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTeamsAdapter, InMemoryConversationReferenceStore, type TeamsAdapter } from '../../adapters/teams/index.js';
import { createPlatformSender, type PlatformSenderDeps } from '../../bot/delivery/senders/platform-sender.js';
import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';
import { sampleReply } from '../delivery/delivery-fixtures.js';
import { teamsFixture } from './teams-fixtures.js';
import { startTeamsServer, type TeamsTestServer } from './teams-test-server.js';

const SUPERVISOR = '29:fake-supervisor-lisi';
const TENANT = '00000000-0000-0000-0000-0000000000c0';
const BOT = '28:00000000-0000-0000-0000-0000000000b0';
const escalation = { reply: sampleReply('【逾期升级】海曙大队 N-12 未确认') };

/** The same lookup the runtime wires (create-runtime.ts personalConversationOf). */
function teamsDeps(adapter: TeamsAdapter, tenantId?: string): PlatformSenderDeps['teams'] {
  return {
    adapter,
    userConversationId: async (userId) => (await adapter.references.list())
      .find((r) => r.conversation.conversationType === 'personal' && r.user?.id === userId)?.conversation.id,
    ...(tenantId && { tenantId }),
  };
}

const toUser = (userId: string) => ({ platform: 'teams', userId }) as const;

describe('Teams direct push to a user who never wrote to the bot', () => {
  let t: TeamsTestServer;

  beforeAll(async () => {
    t = await startTeamsServer({ adapter: 'create' });
    // The bot sits in a group chat of the tenant: that is where serviceUrl and tenant come from.
    expect((await t.post(teamsFixture('group-chat-message'))).status).toBe(200);
  });
  afterAll(() => t.close());
  beforeEach(() => t.connector.reset());

  it('starts the 1:1 chat, posts the escalation there, and reuses the chat for the next push', async () => {
    const sender = createPlatformSender({ teams: teamsDeps(t.adapter!) });
    const first = await sender.send(toUser(SUPERVISOR), escalation, { deliveryId: 'd1' });

    expect(t.connector.conversationsCreated).toHaveLength(1);
    const [created] = t.connector.conversationsCreated;
    expect(created).toMatchObject({ status: 201, conversationId: 'a:fake-created-1' });
    expect(created!.body).toMatchObject({ bot: { id: BOT }, members: [{ id: SUPERVISOR }], channelData: { tenant: { id: TENANT } }, isGroup: false });
    const posts = t.connector.activitiesIn('a:fake-created-1');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.replyToActivityId).toBeUndefined();
    expect(JSON.stringify(posts[0]!.body)).toContain('【逾期升级】海曙大队 N-12 未确认');
    expect(first).toEqual({ platform: 'teams', id: expect.stringMatching(/^activity-\d+$/) });

    await sender.send(toUser(SUPERVISOR), { reply: sampleReply('【逾期升级】第二次') }, { deliveryId: 'd2' });
    expect(t.connector.conversationsCreated).toHaveLength(1);
    expect(t.connector.activitiesIn('a:fake-created-1')).toHaveLength(2);
  });

  it('stores the new chat like an inbound personal chat', async () => {
    const reference = await t.adapter!.references.get('a:fake-created-1');
    expect(reference).toMatchObject({
      channelId: 'msteams', serviceUrl: t.connector.serviceUrl,
      conversation: { id: 'a:fake-created-1', conversationType: 'personal', tenantId: TENANT },
      user: { id: SUPERVISOR }, agent: { id: BOT },
    });
  });

  it('a user without the app installed (403) is a permanent error, and nothing is stored', async () => {
    t.connector.failWith({ status: 403, code: 'Forbidden', times: 1 });
    const sender = createPlatformSender({ teams: teamsDeps(t.adapter!) });
    const err = await sender.send(toUser('29:fake-no-app'), escalation, { deliveryId: 'd3' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnrecoverableDeliveryError);
    expect((err as UnrecoverableDeliveryError).platformCode).toBe(403);
    expect(t.connector.received).toHaveLength(0);
    expect((await t.adapter!.references.list()).some((r) => r.user?.id === '29:fake-no-app')).toBe(false);
  });

  it('a throttled create (429 with Retry-After) is a RateLimitError', async () => {
    t.connector.failWith({ status: 429, retryAfter: 2, times: 1 });
    const sender = createPlatformSender({ teams: teamsDeps(t.adapter!) });
    const err = await sender.send(toUser('29:fake-throttled'), escalation, { deliveryId: 'd4' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as RateLimitError).retryAfterMs).toBe(2_000);
  });
});

describe('Teams direct push before the bot was installed anywhere', () => {
  let t: TeamsTestServer;

  beforeAll(async () => {
    t = await startTeamsServer({ adapter: createTeamsAdapter({ references: new InMemoryConversationReferenceStore() }) });
  });
  afterAll(() => t.close());

  it('fails permanently with a reason naming the missing serviceUrl and tenant; the connector sees nothing', async () => {
    const sender = createPlatformSender({ teams: teamsDeps(t.adapter!) });
    const err = await sender.send(toUser(SUPERVISOR), escalation, { deliveryId: 'd5' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnrecoverableDeliveryError);
    expect((err as Error).message).toMatch(/cannot start a 1:1 Teams chat with this user: the bot has no Teams conversation yet, so no serviceUrl and tenant are known/);
    expect(t.connector.conversationsCreated).toHaveLength(0);
    expect(t.connector.received).toHaveLength(0);
  });

  it('keeps the tenant Teams gives only in channelData, and opens the 1:1 chat in it', async () => {
    // A personal message whose conversation carries no tenantId, only channelData.tenant (as in the fixture).
    expect((await t.post(teamsFixture('personal-message'))).status).toBe(200);
    t.connector.reset();
    const sender = createPlatformSender({ teams: teamsDeps(t.adapter!, '00000000-0000-0000-0000-0000000000c0') });
    await sender.send(toUser(SUPERVISOR), escalation, { deliveryId: 'd6' });
    expect(t.connector.conversationsCreated.map((c) => c.body.channelData)).toEqual([{ tenant: { id: '00000000-0000-0000-0000-0000000000c0' } }]);
    expect(t.connector.activitiesIn('a:fake-created-1')).toHaveLength(1);
  });
});
