// POST /api/messages on the real server, anonymous (no MICROSOFT_APP_ID): activities from
// Microsoft's docs in, Adaptive Cards out to a fake Bot Framework connector.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { payloadBytes, TEAMS_MESSAGE_LIMIT_BYTES } from '../../adapters/teams/index.js';
import type { IncomingMessage } from '../../core/message/incoming-message.js';
import { renderText } from '../../core/reply/render-text.js';
import { echoHandler, echoReply, longReply } from './teams-replies.js';
import { teamsFixture } from './teams-fixtures.js';
import { startTeamsServer, type TeamsTestServer } from './teams-test-server.js';

type Card = { type: string; version: string; body: Array<Record<string, unknown>>; actions?: unknown[] };
const card = (body: Record<string, unknown>): Card =>
  (body.attachments as Array<{ contentType: string; content: Card }>)[0]!.content;
const firstText = (c: Card): string => String(c.body[0]!.text);

describe('Teams channel (anonymous local mode)', () => {
  const seen: IncomingMessage[] = [];
  let t: TeamsTestServer;
  let replyWith: 'echo' | 'long' = 'echo';

  beforeAll(async () => {
    const echo = echoHandler(seen);
    t = await startTeamsServer({ adapter: 'create', handler: async (m) => (replyWith === 'long' ? [longReply()] : echo(m)) });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    seen.length = 0;
    replyWith = 'echo';
    t.connector.reset();
  });

  it('answers a personal message with an Adaptive Card and a text fallback, as a reply to it', async () => {
    const res = await t.post(teamsFixture('personal-message'));
    expect(res.status).toBe(200);
    const [post] = t.connector.received;
    expect(t.connector.received).toHaveLength(1);
    expect(post!.conversationId).toBe('a:fake-personal-conversation-zhangsan');
    expect(post!.replyToActivityId).toBe('1485983408511');
    expect(post!.authorization).toBeUndefined();
    const c = card(post!.body);
    expect(c).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(firstText(c)).toBe('收到：黑车拉客要哪些证据');
    expect(post!.body.summary).toBe(renderText(echoReply(seen[0]!)));
    expect(post!.body.summary).toContain('《中华人民共和国民事诉讼法》第八十五条（待核实）');
  });

  it('says in the log that it runs unauthenticated', () => {
    expect(t.logs.join('')).toMatch(/"level":40.*MICROSOFT_APP_ID is not set.*anonymous/);
  });

  it('answers a channel @mention in the thread, with the mention stripped', async () => {
    expect((await t.post(teamsFixture('channel-mention'))).status).toBe(200);
    expect(seen[0]).toMatchObject({ text: '超限运输案件的期限 cc 李四', conversation: { kind: 'group', threadId: '1481567600000' } });
    const [post] = t.connector.received;
    expect(post!.conversationId).toBe('19:fake-channel-haishu@thread.skype;messageid=1481567603816');
    expect(post!.replyToActivityId).toBe('1481567603816');
  });

  it('passes a card button press to the handler as actionValue', async () => {
    expect((await t.post(teamsFixture('action-submit'))).status).toBe(200);
    expect(seen[0]).toMatchObject({ actionValue: '收到 N-12', text: '收到 N-12', user: { id: '29:fake-user-wangwu' } });
    expect(t.connector.activitiesIn('19:fake-channel-haishu@thread.skype;messageid=1498171086622')).toHaveLength(1);
  });

  it('answers nothing to a conversationUpdate but keeps its conversation reference', async () => {
    expect((await t.post(teamsFixture('conversation-update-bot-added'))).status).toBe(200);
    expect(seen).toHaveLength(0);
    expect(t.connector.received).toHaveLength(0);
    const ref = await t.adapter!.references.get('19:fake-team-zhifa@thread.skype');
    expect(ref).toMatchObject({ serviceUrl: t.connector.serviceUrl, channelId: 'msteams', conversation: { conversationType: 'channel' } });
  });

  it('splits a long answer over several messages, each under Teams’ limit, all replying to the activity', async () => {
    replyWith = 'long';
    expect((await t.post(teamsFixture('personal-message'))).status).toBe(200);
    const posts = t.connector.received;
    expect(posts.length).toBeGreaterThan(1);
    for (const p of posts) {
      expect(payloadBytes(p.body)).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT_BYTES);
      expect(p.replyToActivityId).toBe('1485983408511');
    }
    expect(posts.map((p) => firstText(card(p.body)))).toEqual(posts.map((_, i) => `超长答复（${i + 1}/${posts.length}）`));
  });

  it('counts Teams messages in /metrics', async () => {
    await t.post(teamsFixture('group-chat-message'));
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/casebot_messages_total\{platform="teams"\} [1-9]/);
    expect(metrics).toMatch(/casebot_replies_total\{platform="teams",kind="help"\} [1-9]/);
  });

  it('answers malformed bodies with 400 and sends nothing', async () => {
    const bad: unknown[] = [[], 'text', 42, null, {}, { type: 'message' }, { type: 'message', conversation: 'x' }, { ...teamsFixture('personal-message'), text: 5 }];
    for (const body of bad) {
      const res = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const broken = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
    expect(broken.status).toBe(400);
    expect(t.connector.received).toHaveLength(0);
    expect(seen).toHaveLength(0);
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.post({ ...teamsFixture('personal-message'), text: 'x'.repeat(70 * 1024) });
    expect(res.status).toBe(413);
    expect(seen).toHaveLength(0);
  });
});
