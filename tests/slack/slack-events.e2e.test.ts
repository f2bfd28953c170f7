/**
 * Slack over HTTP, end to end: signed requests to POST /slack/events of the real server
 * (buildServer + slackRoutes, config from loadConfig), Bolt 5 inside, replies posted to a fake
 * Slack Web API (SLACK_API_URL). Assertions are on HTTP answers and on what the fake received.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../core/reply/render-text.js';
import {
  asForm, asJson, asPayloadForm, BOT_TOKEN, echoHandler, SIGNING_SECRET, settle, type SlackHarness, slackFixture, startSlackHarness,
} from './slack-test-kit.js';

const echo = echoHandler();
let h: SlackHarness;

beforeAll(async () => {
  h = await startSlackHarness({ handler: echo.handler });
});
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  h.fake.reset();
  echo.received.length = 0;
});

/** Each test uses its own event ids: the server remembers ids it has answered. */
function mention(eventId: string, extra: Record<string, unknown> = {}) {
  const body = slackFixture<Record<string, unknown> & { event: Record<string, unknown> }>('app-mention');
  return { ...body, event_id: eventId, event: { ...body.event, ...extra } };
}

describe('url_verification', () => {
  it('echoes the challenge and calls nothing', async () => {
    const res = await h.send(asJson(slackFixture('url-verification')));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
    expect(h.fake.calls).toHaveLength(0);
  });
});

describe('request signing', () => {
  it('answers 401 to a wrong signature, and nothing happens', async () => {
    const res = await h.send(asJson(mention('Ev10000001')), { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toBe('invalid_signature');
    await settle();
    expect(h.fake.calls).toHaveLength(0);
    expect(echo.received).toHaveLength(0);
  });

  it('answers 401 when the signature headers are missing', async () => {
    const res = await h.send(asJson(mention('Ev10000002')), { unsigned: true });
    expect(res.status).toBe(401);
    await settle();
    expect(h.fake.calls).toHaveLength(0);
  });

  it('answers 401 to a body changed after signing', async () => {
    const signed = asJson(mention('Ev10000003'));
    const tampered = { ...signed, body: signed.body.replace('U00000001', 'U00000666') };
    const headers = (await import('./slack-test-kit.js')).signatureHeaders(signed.body);
    const res = await h.send(tampered, { unsigned: true, headers });
    expect(res.status).toBe(401);
    await settle();
    expect(echo.received).toHaveLength(0);
  });

  it('answers 401 to a correctly signed request more than 5 minutes old, or from the future', async () => {
    const now = Math.floor(Date.now() / 1000);
    const old = await h.send(asJson(mention('Ev10000004')), { timestamp: now - 301 });
    const future = await h.send(asJson(mention('Ev10000005')), { timestamp: now + 301 });
    expect([old.status, future.status]).toEqual([401, 401]);
    await settle();
    expect(h.fake.calls).toHaveLength(0);
  });

  it("answers Slack's unsigned ssl_check with 200 and nothing else", async () => {
    const res = await h.send(asForm({ ssl_check: '1', token: 'XXXXXXXXXXXXXXXXXXXXXXXX' }), { unsigned: true });
    expect(res.status).toBe(200);
    await settle();
    expect(h.fake.calls).toHaveLength(0);
  });

  it('accepts a request signed 4 minutes ago', async () => {
    const res = await h.send(asJson(mention('Ev10000006')), { timestamp: Math.floor(Date.now() / 1000) - 240 });
    expect(res.status).toBe(200);
    await h.fake.waitFor('chat.postMessage', 1);
  });
});

describe('app_mention', () => {
  it('acks at once, then posts the answer as Block Kit with a text fallback', async () => {
    const res = await h.send(asJson(mention('Ev20000001')));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const [post] = await h.fake.waitFor('chat.postMessage', 1);
    expect(post!.token).toBe(BOT_TOKEN);
    expect(echo.received[0]).toMatchObject({ platform: 'slack', text: '黑车拉客要哪些证据', conversation: { id: 'C00000001', kind: 'group' }, user: { id: 'U00000001' } });
    expect(post!.body.channel).toBe('C00000001');
    expect(post!.body.thread_ts).toBeUndefined();
    expect(post!.body.text).toBe(renderText(echo.replyFor(echo.received[0]!)));
    const blocks = post!.body.blocks as { type: string; text?: { text: string }; elements?: { value?: string; text?: string }[] }[];
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'actions']);
    expect(blocks[0]!.text!.text).toBe('收到：黑车拉客要哪些证据');
    expect(blocks[3]!.elements![0]!.text).toContain('《中华人民共和国行政处罚法》第六十条');
    expect(blocks[4]!.elements![0]!.value).toBe('收到 N-12');
  });

  it('answers in the thread when the mention was in a thread', async () => {
    const body = { ...slackFixture('app-mention-in-thread'), event_id: 'Ev20000002' };
    expect((await h.send(asJson(body))).status).toBe(200);
    const [post] = await h.fake.waitFor('chat.postMessage', 1);
    expect(post!.body.thread_ts).toBe('1700000000.000001');
    expect(echo.received[0]!.text).toBe('超限的案子几天内要结 & 要不要听证');
  });

  it('looks up its own identity once with auth.test and ignores its own messages', async () => {
    const own = { ...slackFixture('bot-message-im'), event_id: 'Ev20000003' };
    const edited = { ...slackFixture('message-changed'), event_id: 'Ev20000004' };
    expect((await h.send(asJson(own))).status).toBe(200);
    expect((await h.send(asJson(edited))).status).toBe(200);
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(echo.received).toHaveLength(0);
  });
});

describe('message.im', () => {
  it('answers a direct message in the DM', async () => {
    const body = { ...slackFixture('message-im'), event_id: 'Ev30000001' };
    expect((await h.send(asJson(body))).status).toBe(200);
    const [post] = await h.fake.waitFor('chat.postMessage', 1);
    expect(post!.body.channel).toBe('D00000001');
    expect(echo.received[0]).toMatchObject({ text: '帮助', conversation: { id: 'D00000001', kind: 'direct' } });
  });
});

describe('retries', () => {
  it('never answers a retry (X-Slack-Retry-Num) a second time', async () => {
    const body = asJson(mention('Ev40000001'));
    expect((await h.send(body)).status).toBe(200);
    await h.fake.waitFor('chat.postMessage', 1);
    const retry = await h.send(body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(echo.received).toHaveLength(1);
  });

  it('drops a retry even when the first delivery was never seen (another instance may have answered)', async () => {
    const res = await h.send(asJson(mention('Ev40000002')), { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' } });
    expect(res.status).toBe(200);
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('answers an event id only once even without the retry header', async () => {
    const body = asJson(mention('Ev40000003'));
    await h.send(body);
    await h.send(body);
    await h.fake.waitFor('chat.postMessage', 1);
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});

describe('slash command /casebot', () => {
  it('acks with an empty 200 and answers through response_url, visible to the asker', async () => {
    const fields = slackFixture<Record<string, string>>('slash-command');
    const responseUrl = `${h.fake.url}/commands/T00000000/0000000000001/XXXXXXXX`;
    const res = await h.send(asForm({ ...fields, response_url: responseUrl }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const [answer] = await h.fake.waitFor('/commands/T00000000/0000000000001/XXXXXXXX', 1);
    expect(answer!.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('收到：黑车拉客要哪些证据') });
    expect((answer!.body.blocks as unknown[]).length).toBeGreaterThan(1);
    expect(echo.received[0]).toMatchObject({ conversation: { id: 'C00000001', kind: 'group' }, user: { id: 'U00000001', displayName: 'officer1' } });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('block actions', () => {
  it('turns the button value into the next message and answers under the pressed message', async () => {
    const res = await h.send(asPayloadForm(slackFixture('block-actions')));
    expect(res.status).toBe(200);
    const [post] = await h.fake.waitFor('chat.postMessage', 1);
    expect(echo.received[0]).toMatchObject({ text: '收到 N-12', actionValue: '收到 N-12', user: { id: 'U00000001' } });
    expect(post!.body).toMatchObject({ channel: 'C00000001', thread_ts: '1700000500.000600' });
  });
});

describe('malformed and oversized bodies', () => {
  it('answers 400 to a signed body that is not JSON', async () => {
    const res = await h.send({ body: '{"type":"event_callback",', contentType: 'application/json' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { requestId: string }).requestId).toEqual(expect.any(String));
  });

  it('answers 415 to an unsupported content type and 413 to an oversized body', async () => {
    const text = await h.send({ body: 'hello', contentType: 'text/plain' });
    expect(text.status).toBe(415);
    const huge = await h.send(asJson({ type: 'event_callback', padding: 'x'.repeat(2 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
  });
});

describe('delivery failures and metrics', () => {
  it('survives a refused post, counts it, and answers the next message', async () => {
    h.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await h.send(asJson(mention('Ev50000001')));
    await h.fake.waitFor('chat.postMessage', 1);
    await h.send(asJson(mention('Ev50000002')));
    await h.fake.waitFor('chat.postMessage', 2);
    await settle(100);
    const metrics = await (await fetch(`${h.url}/metrics`)).text();
    expect(metrics).toMatch(/casebot_errors_total\{platform="slack",code="DELIVERY_UNRECOVERABLE"\} 1/);
    expect(metrics).toMatch(/casebot_deliveries_total\{platform="slack",outcome="sent"\} \d+/);
    expect(metrics).toMatch(/casebot_errors_total\{platform="slack",code="AUTHENTICATION_FAILED"\} \d+/);
  });

  it('never writes the bot token or the signing secret to the log', () => {
    const all = h.logs.join('\n');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    expect(all).not.toContain('黑车拉客要哪些证据');
  });
});
