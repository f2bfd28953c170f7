// Fixture → neutral message: what casebot's router sees for each documented Teams payload.
import { describe, expect, it } from 'vitest';
import { Activity } from '@microsoft/agents-activity';
import { parseActivity } from '../../adapters/teams/index.js';
import { teamsActivity, teamsFixture } from './teams-fixtures.js';

describe('parseActivity', () => {
  it('reads a personal chat message as a direct message', () => {
    expect(parseActivity(teamsActivity('personal-message'))).toEqual({
      id: '1485983408511',
      platform: 'teams',
      conversation: { id: 'a:fake-personal-conversation-zhangsan', kind: 'direct' },
      user: { id: '29:fake-user-zhangsan', displayName: '张三' },
      text: '黑车拉客要哪些证据',
      sentAt: '2017-02-01T21:10:07.437Z',
    });
  });

  it('strips the bot mention in a channel, keeps a colleague’s name, and threads on replyToId', () => {
    const message = parseActivity(teamsActivity('channel-mention'));
    expect(message).toMatchObject({
      conversation: { id: '19:fake-channel-haishu@thread.skype;messageid=1481567603816', kind: 'group', threadId: '1481567600000' },
      user: { id: '29:fake-user-wangwu', displayName: '王五' },
      text: '超限运输案件的期限 cc 李四',
    });
  });

  it('reads a group chat as a group conversation', () => {
    expect(parseActivity(teamsActivity('group-chat-message'))).toMatchObject({
      conversation: { id: '19:fake-group-chat@thread.v2', kind: 'group' },
      text: '帮助',
    });
  });

  it('turns an Action.Submit press into actionValue (and the text it stands for)', () => {
    expect(parseActivity(teamsActivity('action-submit'))).toMatchObject({
      id: 'f:5261769396935243054',
      actionValue: '收到 N-12',
      text: '收到 N-12',
      conversation: { kind: 'group', threadId: '1575667808184' },
    });
  });

  it('ignores activities that are not messages', () => {
    expect(parseActivity(teamsActivity('conversation-update-bot-added'))).toBeUndefined();
  });

  it('ignores a message that is only a bot mention', () => {
    const raw = { ...teamsFixture('channel-mention'), text: '<at>casebot</at> ' };
    expect(parseActivity(Activity.fromObject(raw))).toBeUndefined();
  });

  it('does not strip a mention of someone else named like the bot', () => {
    const raw = teamsFixture('channel-mention');
    const entities = [{ type: 'mention', mentioned: { id: '29:other', name: 'casebot' }, text: '<at>casebot</at>' }];
    const message = parseActivity(Activity.fromObject({ ...raw, entities }));
    expect(message?.text).toBe('casebot 超限运输案件的期限 cc 李四');
  });
});
