// Pushes to a WeCom app group chat (appchat/send, doc 90248) over real HTTP against the fake
// WeCom API: the doc's example bodies, markdown replies split at 2048 bytes like message/send,
// the shared token cache with one refresh on expiry, and errcodes as typed errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWecomAppClient, sendAppChatMessage, sendAppMessage, type WecomAppClient } from '../../adapters/wecom/index.js';
import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import { TransientDeliveryError } from '../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';
import { ValidationError } from '../../core/errors/validation-error.js';
import { startFakeWecomApi, type FakeWecomApi } from '../fakes/fake-wecom-api.js';
import { docMarkdownExample, docOkAnswer, docTextExample } from './appchat-doc-examples.js';
import { actionReply, longReply, shortReply } from './sample-replies.js';
import { responses } from './wecom-fixtures.js';

const recorded = responses();
const CHAT = 'wrhaishu01';
let fake: FakeWecomApi;
let client: WecomAppClient;

beforeEach(async () => {
  fake = await startFakeWecomApi({ corpId: 'wwcorp', secret: 's3cret', appChats: ['CHATID', CHAT] });
  client = createWecomAppClient({ apiBase: fake.url, corpId: 'wwcorp', secret: 's3cret', agentId: '1000002' });
});
afterEach(() => fake.close());

const appChatRequests = () => fake.requests.filter((r) => r.path === '/cgi-bin/appchat/send');
const markdownOf = (m: Record<string, unknown>) => (m.markdown as { content: string }).content;

describe('sendAppChatMessage: the doc examples', () => {
  it('sends the text example body exactly, with the access token in the query', async () => {
    const receipt = await sendAppChatMessage(client, 'CHATID', docTextExample.text.content);
    expect(receipt).toEqual({ ...docOkAnswer, parts: 1 });
    expect(fake.appChatMessages()).toEqual([docTextExample]);
    expect(appChatRequests()[0]).toMatchObject({ method: 'POST', query: { access_token: 'fake-token-1' } });
  });

  it('sends the markdown example body exactly', async () => {
    await sendAppChatMessage(client, 'CHATID', docMarkdownExample.markdown.content, { format: 'markdown' });
    expect(fake.appChatMessages()).toEqual([docMarkdownExample]);
  });
});

describe('sendAppChatMessage: replies', () => {
  it('a reply goes out as appchat markdown to the chat, without message/send fields', async () => {
    await sendAppChatMessage(client, CHAT, shortReply);
    const [body] = fake.appChatMessages(CHAT);
    expect(Object.keys(body!).sort()).toEqual(['chatid', 'markdown', 'msgtype']);
    expect(body).toMatchObject({ chatid: CHAT, msgtype: 'markdown' });
    expect(markdownOf(body!)).toContain('### 非法营运（黑车）所需证据');
    expect(markdownOf(body!)).toContain('<font color="warning">✗</font> 车辆行驶证复印件');
    expect(fake.appMessages()).toEqual([]);
  });

  it('a reply with actions sends no template card (appchat has none); the commands stay in the text', async () => {
    const receipt = await sendAppChatMessage(client, CHAT, actionReply);
    const sent = fake.appChatMessages(CHAT);
    expect(receipt.parts).toBe(1);
    expect(sent.map((m) => m.msgtype)).toEqual(['markdown']);
    expect(markdownOf(sent[0]!)).toContain('`收到 N-12`');
  });

  it('splits a long reply into parts of ≤ 2048 bytes, the same parts message/send gets', async () => {
    const receipt = await sendAppChatMessage(client, CHAT, longReply);
    const parts = fake.appChatMessages(CHAT).map(markdownOf);
    expect(parts.length).toBeGreaterThan(3);
    expect(receipt).toEqual({ errcode: 0, errmsg: 'ok', parts: parts.length });
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(2048);
    expect(parts.join('\n')).toContain('第 40 项');

    await sendAppMessage(client, 'zhangsan', longReply);
    expect(fake.appMessages().map(markdownOf)).toEqual(parts);
  });
});

describe('sendAppChatMessage: access token', () => {
  it('shares the app client\'s cached token with message/send', async () => {
    await sendAppMessage(client, 'zhangsan', 'a');
    await sendAppChatMessage(client, CHAT, 'b');
    expect(fake.tokensIssued).toBe(1);
  });

  it('42001 expired token (the fake expires it for real): one refresh, one retry, delivered once', async () => {
    await sendAppChatMessage(client, CHAT, 'a');
    fake.expireTokens();
    await sendAppChatMessage(client, CHAT, 'b');
    expect(fake.tokensIssued).toBe(2);
    expect(appChatRequests().map((r) => r.query.access_token)).toEqual(['fake-token-1', 'fake-token-1', 'fake-token-2']);
    expect(fake.appChatMessages(CHAT).map((m) => (m.text as { content: string }).content)).toEqual(['a', 'b']);
  });

  it('40014 invalid token: refreshed and retried once', async () => {
    fake.respondNext('appchat/send', recorded.invalidAccessToken!);
    await expect(sendAppChatMessage(client, CHAT, 'x')).resolves.toMatchObject({ errcode: 0 });
    expect(appChatRequests()).toHaveLength(2);
  });

  it('retries only once: a second token error surfaces as a transient error', async () => {
    fake.respondNext('appchat/send', recorded.accessTokenExpired!, 2);
    await expect(sendAppChatMessage(client, CHAT, 'x')).rejects.toBeInstanceOf(TransientDeliveryError);
    expect(appChatRequests()).toHaveLength(2);
  });
});

describe('sendAppChatMessage: errors', () => {
  it('an unknown chat id is permanent (86001), not retried and not delivered', async () => {
    const error = await sendAppChatMessage(client, 'wrnosuchchat', shortReply).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnrecoverableDeliveryError);
    expect(error).toMatchObject({ code: 'DELIVERY_UNRECOVERABLE', platformCode: 86001 });
    expect(appChatRequests()).toHaveLength(1);
    expect(fake.appChatMessages()).toEqual([]);
  });

  it('a chat another app created (86008) is permanent', async () => {
    fake.respondNext('appchat/send', { errcode: 86008, errmsg: 'not allowed to operate chat created by other app' });
    await expect(sendAppChatMessage(client, CHAT, 'x')).rejects.toMatchObject({ platformCode: 86008, code: 'DELIVERY_UNRECOVERABLE' });
  });

  it('45009 is a rate limit that waits a minute; -1 busy is transient', async () => {
    fake.respondNext('appchat/send', recorded.rateLimited!);
    const limited = await sendAppChatMessage(client, CHAT, 'x').catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).retryAfterMs).toBe(60_000);
    fake.respondNext('appchat/send', recorded.systemBusy!);
    await expect(sendAppChatMessage(client, CHAT, 'x')).rejects.toMatchObject({ code: 'DELIVERY_TRANSIENT', platformCode: -1 });
  });

  it('an empty chat id or empty content is rejected before any request', async () => {
    await expect(sendAppChatMessage(client, '', 'x')).rejects.toBeInstanceOf(ValidationError);
    await expect(sendAppChatMessage(client, CHAT, '   ')).rejects.toBeInstanceOf(ValidationError);
    expect(fake.requests).toEqual([]);
  });
});
