// Delivery through the fake connector: proactive sends from stored conversation references,
// and connector failures (429, 401, 403, 404, 5xx) mapped to typed errors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendProactive, type TeamsConversationReference } from '../../adapters/teams/index.js';
import { AuthenticationError } from '../../core/errors/authentication-error.js';
import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import { TransientDeliveryError } from '../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';
import { echoReply } from './teams-replies.js';
import { teamsFixture } from './teams-fixtures.js';
import { startTeamsServer, type TeamsTestServer } from './teams-test-server.js';

const PERSONAL = 'a:fake-personal-conversation-zhangsan';
const notice = echoReply({ id: 'n', platform: 'teams', conversation: { id: PERSONAL, kind: 'direct' }, user: { id: 'system' }, text: '整改通知 N-12' });

describe('Teams delivery', () => {
  let t: TeamsTestServer;
  let reference: TeamsConversationReference;

  beforeAll(async () => {
    t = await startTeamsServer({ adapter: 'create' });
    await t.post(teamsFixture('personal-message'));
    reference = (await t.adapter!.references.get(PERSONAL))!;
  });
  afterAll(() => t.close());
  beforeEach(() => t.connector.reset());

  it('keeps the latest conversation reference of a conversation it was messaged in', () => {
    expect(reference).toMatchObject({
      channelId: 'msteams', serviceUrl: t.connector.serviceUrl,
      conversation: { id: PERSONAL, conversationType: 'personal' },
      user: { id: '29:fake-user-zhangsan' },
    });
    expect(reference.activityId).toBeUndefined();
  });

  it('sends proactively to a stored reference: a new post in that conversation', async () => {
    const ids = await sendProactive(t.adapter!, reference, notice);
    expect(ids).toEqual(['activity-2']);
    const [post] = t.connector.received;
    expect(post).toMatchObject({ conversationId: PERSONAL, status: 200 });
    expect(post!.replyToActivityId).toBeUndefined();
    expect(post!.body.summary).toContain('整改通知 N-12');
    expect(post!.body.attachments).toMatchObject([{ contentType: 'application/vnd.microsoft.card.adaptive' }]);
  });

  it('sends to a reference made from configuration (conversation id and serviceUrl only)', async () => {
    const unit = { channelId: 'msteams', serviceUrl: t.connector.serviceUrl, conversation: { id: '19:fake-unit-channel@thread.tacv2' } };
    expect(await sendProactive(t.adapter!, unit, notice)).toHaveLength(1);
    expect(t.connector.activitiesIn('19:fake-unit-channel@thread.tacv2')).toHaveLength(1);
  });

  it('429 with Retry-After → RateLimitError with retryAfterMs', async () => {
    t.connector.failWith({ status: 429, retryAfter: 3 });
    const err = await sendProactive(t.adapter!, reference, notice).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as RateLimitError).retryAfterMs).toBe(3_000);
  });

  it('404 conversation not found → UnrecoverableDeliveryError (not retried)', async () => {
    t.connector.failWith({ status: 404, code: 'ConversationNotFound' });
    const err = await sendProactive(t.adapter!, reference, notice).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnrecoverableDeliveryError);
    expect((err as UnrecoverableDeliveryError).platformCode).toBe(404);
  });

  it('401 → AuthenticationError, 403 → UnrecoverableDeliveryError, 500 → TransientDeliveryError', async () => {
    const expected = [[401, AuthenticationError], [403, UnrecoverableDeliveryError], [500, TransientDeliveryError]] as const;
    for (const [status, type] of expected) {
      t.connector.failWith({ status });
      expect(await sendProactive(t.adapter!, reference, notice).catch((e: unknown) => e)).toBeInstanceOf(type);
    }
  });

  it('a refused connection → TransientDeliveryError', async () => {
    const gone = { ...reference, serviceUrl: 'http://127.0.0.1:9/' };
    expect(await sendProactive(t.adapter!, gone, notice).catch((e: unknown) => e)).toBeInstanceOf(TransientDeliveryError);
  });

  it('a rate-limited answer to an inbound message is still a 200 to Teams, logged and counted', async () => {
    t.connector.failWith({ status: 429, retryAfter: 3 });
    expect((await t.post(teamsFixture('personal-message'))).status).toBe(200);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/casebot_errors_total\{platform="teams",code="RATE_LIMITED"\} 1/);
    expect(t.logs.join('')).toMatch(/"code":"RATE_LIMITED","retryAfterMs":3000.*teams turn failed/);
  });
});
