/**
 * A reminder pushed to a unit's Slack channel @-mentions the officer (payload.mentions), so Slack
 * notifies them: the production sender through the real Slack adapter, against the local fake.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSlackWebClient, sendSlackReply } from '../../adapters/slack/index.js';
import { createPlatformSender } from '../../bot/delivery/senders/platform-sender.js';
import type { Reply } from '../../core/reply/reply.js';
import { FakeSlackApi } from '../fakes/fake-slack-api.js';
import { slackLimitViolations } from './slack-limits.js';
import { BOT_TOKEN } from './slack-test-kit.js';

const OFFICER = 'U0123456789';
const reminder: Reply = {
  kind: 'notice', locale: 'zh', title: '【临期提醒】甬交执罚〔2026〕123号 当事人申请听证期限 2026-09-14', summary: '还剩 3 个工作日',
  sections: [], citations: [], actions: [{ id: 'ack', label: '收到', value: '收到 甬交执罚〔2026〕123号' }],
};

let fake: FakeSlackApi;
const client = () => createSlackWebClient({ botToken: BOT_TOKEN, apiUrl: fake.apiUrl });
const sender = () => createPlatformSender({ slack: client() });
const firstBlock = (body: Record<string, unknown>) => (body.blocks as { type: string; text?: { text: string } }[])[0];

beforeAll(async () => { fake = await FakeSlackApi.start({ botToken: BOT_TOKEN }); });
afterAll(async () => { await fake.close(); });
afterEach(() => fake.reset());

describe('Slack pushes with mentions', () => {
  it('mentions the officer at the start of the text and the first block in a channel push', async () => {
    const receipt = await sender().send({ platform: 'slack', channel: 'C0HAISHU' }, { reply: reminder, mentions: [OFFICER] }, { deliveryId: 'd1' });
    expect(receipt).toMatchObject({ platform: 'slack', channel: 'C0HAISHU' });
    const [post] = fake.callsTo('chat.postMessage');
    expect(post!.body.text).toMatch(/^<@U0123456789> 【临期提醒】/);
    expect(firstBlock(post!.body)).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '<@U0123456789>' } });
    expect(JSON.stringify(post!.body.blocks)).toContain('收到 甬交执罚〔2026〕123号');
  });

  it('adds nothing without mentions, to a DM, or for something that is not a Slack user id', async () => {
    await sender().send({ platform: 'slack', channel: 'C0HAISHU' }, { reply: reminder }, { deliveryId: 'd2' });
    await sender().send({ platform: 'slack', userId: OFFICER }, { reply: reminder, mentions: [OFFICER] }, { deliveryId: 'd3' });
    await sendSlackReply(client(), { channel: 'C0HAISHU', mentions: ['zhangsan', 'U1>|<!channel'] }, reminder);
    for (const post of fake.callsTo('chat.postMessage')) {
      expect(post.body.text).not.toContain('<@');
      expect(post.body.text).not.toContain('<!channel');
      expect(firstBlock(post.body)!.type).toBe('header');
    }
  });

  it('mentions only in the first part of a split reply, every part within Slack\'s limits', async () => {
    const long: Reply = { ...reminder, sections: [{ heading: '明细', items: Array.from({ length: 80 }, (_, i) => ({ text: `第${i}项 ${'整改要求'.repeat(60)}` })) }] };
    await sendSlackReply(client(), { channel: 'C0HAISHU', mentions: [OFFICER] }, long);
    const posts = fake.callsTo('chat.postMessage');
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.map((p) => String(p.body.text).startsWith(`<@${OFFICER}>`))).toEqual(posts.map((_, i) => i === 0));
    for (const p of posts) expect(slackLimitViolations({ text: String(p.body.text), blocks: p.body.blocks as never })).toEqual([]);
  });

  it('keeps a message already at 50 blocks within the limit by mentioning in its first section', async () => {
    const full: Reply = { ...reminder, summary: undefined, actions: [], sections: Array.from({ length: 49 }, (_, i) => ({ heading: `第${i}节`, items: [{ text: '短' }] })) };
    await sendSlackReply(client(), { channel: 'C0HAISHU', mentions: [OFFICER] }, full);
    const [first] = fake.callsTo('chat.postMessage');
    const blocks = first!.body.blocks as { type: string; text?: { text: string } }[];
    expect(blocks).toHaveLength(50);
    expect(blocks[0]!.type).toBe('header');
    expect(blocks[1]!.text!.text).toMatch(/^<@U0123456789>\n\*【第0节】\*/);
    expect(slackLimitViolations({ text: String(first!.body.text), blocks: blocks as never })).toEqual([]);
  });
});
