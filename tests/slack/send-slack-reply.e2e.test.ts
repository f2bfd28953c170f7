/**
 * sendSlackReply — the push path later issues deliver through — against the fake Web API:
 * receipts, threads, splitting, and every error class Slack can answer with.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackWebClient, sendSlackReply } from '../../adapters/slack/index.js';
import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import { TransientDeliveryError } from '../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';
import type { Reply } from '../../core/reply/reply.js';
import { FakeSlackApi } from '../fakes/fake-slack-api.js';
import { slackLimitViolations } from './slack-limits.js';
import { BOT_TOKEN } from './slack-test-kit.js';

let fake: FakeSlackApi;
const notice: Reply = {
  kind: 'notice', locale: 'zh', title: '督办通知 N-12', summary: '请于期限内整改', sections: [],
  citations: [], actions: [{ id: 'ack', label: '收到', value: '收到 N-12' }],
};
const client = () => createSlackWebClient({ botToken: BOT_TOKEN, apiUrl: fake.apiUrl });
const rejectionOf = (work: Promise<unknown>) => work.then(() => undefined, (e: unknown) => e);

beforeAll(async () => { fake = await FakeSlackApi.start({ botToken: BOT_TOKEN }); });
afterAll(async () => { await fake.close(); });
afterEach(() => fake.reset());

describe('sendSlackReply', () => {
  it('posts to the channel and returns the receipt ts', async () => {
    const receipt = await sendSlackReply(client(), { channel: 'C00000001' }, notice);
    expect(receipt).toEqual({ ts: ['1700000000.000100'] });
    const [call] = fake.callsTo('chat.postMessage');
    expect(call!.token).toBe(BOT_TOKEN);
    expect(call!.body).toMatchObject({ channel: 'C00000001', text: expect.stringContaining('督办通知 N-12') });
    expect(call!.body.thread_ts).toBeUndefined();
  });

  it('posts into a thread, one message per part of a long reply, every part within limits', async () => {
    const long: Reply = { ...notice, sections: [{ heading: '明细', items: Array.from({ length: 80 }, (_, i) => ({ text: `第${i}项 ${'整改要求'.repeat(60)}` })) }] };
    const receipt = await sendSlackReply(client(), { channel: 'C00000001', threadTs: '1700000000.000001' }, long);
    const calls = fake.callsTo('chat.postMessage');
    expect(receipt.ts.length).toBe(calls.length);
    expect(calls.length).toBeGreaterThan(1);
    for (const c of calls) {
      expect(c.body.thread_ts).toBe('1700000000.000001');
      expect(slackLimitViolations({ text: String(c.body.text), blocks: c.body.blocks as never })).toEqual([]);
    }
  });

  it('maps HTTP 429 + Retry-After to RateLimitError and does not wait it out', async () => {
    fake.failNext('chat.postMessage', { ratelimited: 42 });
    const started = Date.now();
    const error = await rejectionOf(sendSlackReply(client(), { channel: 'C00000001' }, notice));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(42_000);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('maps channel_not_found, not_in_channel and is_archived to UnrecoverableDeliveryError', async () => {
    for (const code of ['channel_not_found', 'not_in_channel', 'is_archived']) {
      fake.failNext('chat.postMessage', { error: code });
      const error = await rejectionOf(sendSlackReply(client(), { channel: 'C0GONE' }, notice));
      expect(error).toBeInstanceOf(UnrecoverableDeliveryError);
      expect((error as UnrecoverableDeliveryError).platformCode).toBe(code);
    }
  });

  it('maps a revoked token to UnrecoverableDeliveryError (a push must not retry it)', async () => {
    const error = await rejectionOf(sendSlackReply(createSlackWebClient({ botToken: 'xoxb-revoked', apiUrl: fake.apiUrl }), { channel: 'C00000001' }, notice));
    expect(error).toBeInstanceOf(UnrecoverableDeliveryError);
    expect((error as UnrecoverableDeliveryError).platformCode).toBe('invalid_auth');
  });

  it('maps a 5xx and an unknown error code to TransientDeliveryError', async () => {
    fake.failNext('chat.postMessage', { status: 503 });
    expect(await rejectionOf(sendSlackReply(client(), { channel: 'C00000001' }, notice))).toBeInstanceOf(TransientDeliveryError);
    fake.failNext('chat.postMessage', { error: 'internal_error' });
    expect(await rejectionOf(sendSlackReply(client(), { channel: 'C00000001' }, notice))).toBeInstanceOf(TransientDeliveryError);
  });
});
