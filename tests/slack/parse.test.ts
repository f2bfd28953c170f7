import { describe, expect, it } from 'vitest';
import { decodeSlackBody, parseSlackPayload } from '../../adapters/slack/index.js';
import { ValidationError } from '../../core/errors/validation-error.js';
import { slackFixture } from './slack-test-kit.js';

const bot = { botUserId: 'U00000BOT', botId: 'B00000BOT' };

describe('parseSlackPayload', () => {
  it('strips the bot mention in every form Slack writes it, and decodes entities', () => {
    const body = slackFixture<{ event: Record<string, unknown> }>('app-mention');
    const withText = (text: string) => parseSlackPayload({ ...body, event: { ...body.event, text } }, bot)?.text;
    expect(withText('<@U00000BOT> 黑车')).toBe('黑车');
    expect(withText('请问 <@U00000BOT|casebot> 黑车 &lt;急&gt;')).toBe('请问 黑车 <急>');
    expect(withText('<@U00000002> 问 <@U00000BOT>')).toBe('<@U00000002> 问');
    expect(parseSlackPayload({ ...body, event: { ...body.event, text: '<@U00000BOT> 黑车' } })?.text).toBe('黑车');
  });

  it('ignores bot messages, subtypes, its own messages, channel messages and other events', () => {
    const im = slackFixture<{ event: Record<string, unknown> }>('message-im');
    expect(parseSlackPayload(slackFixture('bot-message-im'), bot)).toBeUndefined();
    expect(parseSlackPayload(slackFixture('message-changed'), bot)).toBeUndefined();
    expect(parseSlackPayload({ ...im, event: { ...im.event, user: 'U00000BOT' } }, bot)).toBeUndefined();
    expect(parseSlackPayload({ ...im, event: { ...im.event, channel_type: 'channel' } }, bot)).toBeUndefined();
    expect(parseSlackPayload({ ...im, event: { type: 'reaction_added', user: 'U00000001' } }, bot)).toBeUndefined();
    expect(parseSlackPayload(slackFixture('url-verification'), bot)).toBeUndefined();
  });

  it('treats a slash command typed in a DM as direct', () => {
    const fields = slackFixture<Record<string, string>>('slash-command');
    const m = parseSlackPayload({ ...fields, channel_id: 'D00000001', channel_name: 'directmessage' });
    expect(m?.conversation).toEqual({ id: 'D00000001', kind: 'direct' });
  });

  it('answers a button press in a thread inside that thread, and in a DM inline', () => {
    const body = slackFixture<Record<string, Record<string, unknown>>>('block-actions');
    const threaded = { ...body, container: { ...body.container, thread_ts: '1700000000.000001' } };
    expect(parseSlackPayload(threaded)?.conversation.threadId).toBe('1700000000.000001');
    const dm = { ...body, channel: { id: 'D00000001', name: 'directmessage' } };
    expect(parseSlackPayload(dm)?.conversation).toEqual({ id: 'D00000001', kind: 'direct' });
  });

  it('returns undefined, never throws, for payloads of the wrong shape', () => {
    for (const junk of [null, 1, 'x', [], {}, { type: 'event_callback' }, { type: 'event_callback', event: [] },
      { type: 'block_actions', actions: 'x' }, { type: 'block_actions', actions: [{ value: 5 }] }, { command: 7 }]) {
      expect(parseSlackPayload(junk, bot)).toBeUndefined();
    }
  });
});

describe('decodeSlackBody', () => {
  it('reads JSON, form fields and the interactivity payload field', () => {
    expect(decodeSlackBody(Buffer.from('{"a":1}'), 'application/json; charset=utf-8')).toEqual({ a: 1 });
    expect(decodeSlackBody(Buffer.from('command=%2Fcasebot&text=%E9%BB%91'), 'application/x-www-form-urlencoded')).toEqual({ command: '/casebot', text: '黑' });
    expect(decodeSlackBody(Buffer.from(`payload=${encodeURIComponent('{"type":"block_actions"}')}`), 'application/x-www-form-urlencoded')).toEqual({ type: 'block_actions' });
  });

  it('throws ValidationError for broken JSON, non-objects and other media types', () => {
    expect(() => decodeSlackBody(Buffer.from('{'), 'application/json')).toThrow(ValidationError);
    expect(() => decodeSlackBody(Buffer.from('[1]'), 'application/json')).toThrow(ValidationError);
    expect(() => decodeSlackBody(Buffer.from('payload=%7B'), 'application/x-www-form-urlencoded')).toThrow(ValidationError);
    expect(() => decodeSlackBody(Buffer.from('x'), 'text/plain')).toThrow(ValidationError);
  });
});
