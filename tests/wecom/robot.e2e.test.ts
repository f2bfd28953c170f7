// The group robot sender against the fake webhook: markdown split at 4096 bytes, text with
// @-mentions, and WeCom's errcodes as typed errors (doc 91770, 90313).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendRobotMessage } from '../../adapters/wecom/index.js';
import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';
import { ValidationError } from '../../core/errors/validation-error.js';
import { startFakeWecomApi, type FakeWecomApi } from '../fakes/fake-wecom-api.js';
import { longReply, shortReply } from './sample-replies.js';
import { responses } from './wecom-fixtures.js';

const recorded = responses();
const KEY = 'robot-key-1';
let fake: FakeWecomApi;

beforeEach(async () => {
  fake = await startFakeWecomApi({ webhookKeys: [KEY], robotPerMinute: 20 });
});
afterEach(() => fake.close());

const content = (m: Record<string, unknown>) => (m[m.msgtype as string] as { content: string }).content;

describe('sendRobotMessage', () => {
  it('posts a reply as markdown and returns errcode 0', async () => {
    const receipt = await sendRobotMessage(fake.webhookUrl(KEY), shortReply);
    expect(receipt).toEqual({ errcode: 0, errmsg: 'ok', parts: 1 });
    const [message] = fake.robotMessages(KEY);
    expect(message!.msgtype).toBe('markdown');
    expect(content(message!)).toContain('<font color="warning">✗</font> 车辆行驶证复印件');
  });

  it('splits markdown over 4096 bytes into parts the fake accepts', async () => {
    const receipt = await sendRobotMessage(fake.webhookUrl(KEY), longReply);
    const sent = fake.robotMessages(KEY);
    expect(receipt.parts).toBe(sent.length);
    expect(sent.length).toBeGreaterThan(1);
    for (const m of sent) expect(Buffer.byteLength(content(m), 'utf8')).toBeLessThanOrEqual(4096);
    expect(sent.map(content).join('\n')).toContain('第 40 项');
  });

  it('uses text when someone must be @-mentioned, mentioning on the first part only', async () => {
    await sendRobotMessage(fake.webhookUrl(KEY), longReply, { mentions: { userIds: ['zhangsan'], mobiles: ['13800000000'] } });
    const sent = fake.robotMessages(KEY);
    expect(sent.every((m) => m.msgtype === 'text')).toBe(true);
    expect(sent[0]!.text).toMatchObject({ mentioned_list: ['zhangsan'], mentioned_mobile_list: ['13800000000'] });
    expect(sent[1]!.text).not.toHaveProperty('mentioned_list');
    for (const m of sent) expect(Buffer.byteLength(content(m), 'utf8')).toBeLessThanOrEqual(2048);
  });

  it('refuses markdown with mentions, an empty message and a webhook without key', async () => {
    await expect(sendRobotMessage(fake.webhookUrl(KEY), 'x', { mentions: { userIds: ['a'] }, format: 'markdown' })).rejects.toBeInstanceOf(ValidationError);
    await expect(sendRobotMessage(fake.webhookUrl(KEY), '  ')).rejects.toBeInstanceOf(ValidationError);
    await expect(sendRobotMessage(`${fake.url}/cgi-bin/webhook/send`, 'x')).rejects.toBeInstanceOf(ValidationError);
    expect(fake.requests).toHaveLength(0);
  });

  it('45009 → RateLimitError with retryAfterMs (the fake enforces 20 per minute)', async () => {
    for (let i = 0; i < 20; i += 1) await sendRobotMessage(fake.webhookUrl(KEY), `消息 ${i}`);
    const error = await sendRobotMessage(fake.webhookUrl(KEY), '第 21 条').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(60_000);
  });

  it('93000 invalid webhook url → UnrecoverableDeliveryError keeping the code, key not in the message', async () => {
    const error = await sendRobotMessage(fake.webhookUrl('revoked-key-123'), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnrecoverableDeliveryError);
    expect(error).toMatchObject({ platformCode: 93000 });
    expect((error as Error).message).not.toContain('revoked-key-123');
  });

  it('maps the recorded answers: 93004 permanent, -1 transient', async () => {
    fake.respondNext('webhook/send', recorded.robotDisabled!);
    await expect(sendRobotMessage(fake.webhookUrl(KEY), 'x')).rejects.toMatchObject({ code: 'DELIVERY_UNRECOVERABLE', platformCode: 93004 });
    fake.respondNext('webhook/send', recorded.systemBusy!);
    await expect(sendRobotMessage(fake.webhookUrl(KEY), 'x')).rejects.toMatchObject({ code: 'DELIVERY_TRANSIENT', platformCode: -1 });
  });
});
