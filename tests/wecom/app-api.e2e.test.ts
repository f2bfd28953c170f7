// The app API client against the fake WeCom API: cached token, refresh-and-retry on expiry,
// message/send for markdown and template cards, and errcode → typed errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWecomAppClient, sendAppMessage, type WecomAppClient } from '../../adapters/wecom/index.js';
import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import { TransientDeliveryError } from '../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';
import { startFakeWecomApi, type FakeWecomApi } from '../fakes/fake-wecom-api.js';
import { actionReply, longReply, shortReply } from './sample-replies.js';
import { responses } from './wecom-fixtures.js';

const recorded = responses();
let fake: FakeWecomApi;
let clock: number;
let client: WecomAppClient;

beforeEach(async () => {
  fake = await startFakeWecomApi({ corpId: 'wwcorp', secret: 's3cret' });
  clock = 1_700_000_000_000;
  client = createWecomAppClient({ apiBase: fake.url, corpId: 'wwcorp', secret: 's3cret', agentId: '1000002', now: () => clock });
});
afterEach(() => fake.close());

describe('access token', () => {
  it('is fetched once and reused across sends', async () => {
    await sendAppMessage(client, 'zhangsan', '第一条');
    await sendAppMessage(client, 'zhangsan', '第二条');
    expect(fake.tokensIssued).toBe(1);
    expect(fake.requests.filter((r) => r.path === '/cgi-bin/gettoken')[0]!.query).toEqual({ corpid: 'wwcorp', corpsecret: 's3cret' });
  });

  it('is refreshed shortly before expires_in runs out', async () => {
    await sendAppMessage(client, 'zhangsan', 'a');
    clock += 7200_000 - 4 * 60_000; // four minutes before expiry: inside the refresh margin
    await sendAppMessage(client, 'zhangsan', 'b');
    expect(fake.tokensIssued).toBe(2);
  });

  it('40014 invalid token: one refresh and one retry, then success', async () => {
    await sendAppMessage(client, 'zhangsan', 'a');
    fake.respondNext('message/send', recorded.invalidAccessToken!);
    const receipt = await sendAppMessage(client, 'zhangsan', 'b');
    expect(receipt.errcode).toBe(0);
    expect(fake.tokensIssued).toBe(2);
    expect(fake.appMessages().map((m) => (m.text as { content: string }).content)).toEqual(['a', 'b']);
  });

  it('42001 expired token (the fake expires it for real): refresh and retry once', async () => {
    await sendAppMessage(client, 'zhangsan', 'a');
    fake.expireTokens();
    await sendAppMessage(client, 'zhangsan', 'b');
    expect(fake.tokensIssued).toBe(2);
    const sends = fake.requests.filter((r) => r.path === '/cgi-bin/message/send');
    expect(sends.map((r) => r.query.access_token)).toEqual(['fake-token-1', 'fake-token-1', 'fake-token-2']);
  });

  it('retries only once: a second token error surfaces as a typed error', async () => {
    fake.respondNext('message/send', recorded.accessTokenExpired!, 2);
    await expect(sendAppMessage(client, 'zhangsan', 'x')).rejects.toBeInstanceOf(TransientDeliveryError);
    expect(fake.requests.filter((r) => r.path === '/cgi-bin/message/send')).toHaveLength(2);
  });

  it('a wrong secret is a permanent error keeping its code', async () => {
    const bad = createWecomAppClient({ apiBase: fake.url, corpId: 'wwcorp', secret: 'wrong', agentId: '1' });
    await expect(sendAppMessage(bad, 'u', 'x')).rejects.toMatchObject({ platformCode: 40001, code: 'DELIVERY_UNRECOVERABLE' });
  });
});

describe('message/send', () => {
  it('sends a reply as markdown to the user with the agent id', async () => {
    const receipt = await sendAppMessage(client, 'zhangsan', shortReply);
    expect(receipt).toEqual({ errcode: 0, errmsg: 'ok', msgIds: ['msg-1'] });
    const [body] = fake.appMessages();
    expect(body).toMatchObject({ touser: 'zhangsan', agentid: 1000002, msgtype: 'markdown' });
    expect((body!.markdown as { content: string }).content).toContain('### 非法营运（黑车）所需证据');
  });

  it('splits a long reply into markdown parts WeCom accepts (≤ 2048 bytes each)', async () => {
    const receipt = await sendAppMessage(client, 'zhangsan', longReply);
    const sent = fake.appMessages();
    expect(sent.length).toBeGreaterThan(3);
    expect(receipt.msgIds).toHaveLength(sent.length);
    expect(sent.map((m) => (m.markdown as { content: string }).content).join('\n')).toContain('第 40 项');
  });

  it('adds a button_interaction template card for replies with actions', async () => {
    await sendAppMessage(client, 'zhangsan', actionReply, { taskId: () => 'casebot-task-1' });
    const card = fake.appMessages().find((m) => m.msgtype === 'template_card')!;
    expect(card.template_card).toMatchObject({
      card_type: 'button_interaction', task_id: 'casebot-task-1',
      button_list: [{ text: '收到', key: '收到 N-12' }, { text: '已整改', key: '已整改 N-12' }],
    });
  });

  it('maps recorded error answers to typed errors', async () => {
    fake.respondNext('message/send', recorded.rateLimited!);
    const limited = await sendAppMessage(client, 'u', 'x').catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).retryAfterMs).toBe(60_000);

    fake.respondNext('message/send', recorded.systemBusy!);
    await expect(sendAppMessage(client, 'u', 'x')).rejects.toMatchObject({ code: 'DELIVERY_TRANSIENT', platformCode: -1 });
  });

  it('a network failure is transient', async () => {
    const down = createWecomAppClient({ apiBase: 'http://127.0.0.1:9', corpId: 'wwcorp', secret: 's3cret', agentId: '1' });
    await expect(sendAppMessage(down, 'u', 'x')).rejects.toBeInstanceOf(TransientDeliveryError);
  });

  it('an unknown user is reported as permanent (81013) with its code', async () => {
    fake.respondNext('message/send', { errcode: 81013, errmsg: 'user & party & tag all invalid' });
    await expect(sendAppMessage(client, 'ghost', 'x')).rejects.toBeInstanceOf(UnrecoverableDeliveryError);
  });
});
