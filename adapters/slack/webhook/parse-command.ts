import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import { stripBotMention } from './mention.js';
import { asFields, str } from './fields.js';

/**
 * A slash command's form fields (`command`, `text`, `user_id`, `channel_id`, `trigger_id` …,
 * docs.slack.dev/interactivity/implementing-slash-commands) → IncomingMessage.
 * A command typed in a DM arrives with channel_name `directmessage` and a `D…` channel id.
 *
 * @example parseSlashCommand({ command: '/casebot', text: '黑车拉客要哪些证据', user_id: 'U00000001', channel_id: 'C00000001', trigger_id: '1.2.x' })
 */
export function parseSlashCommand(body: unknown): IncomingMessage | undefined {
  const form = asFields(body);
  const user = str(form, 'user_id');
  const channel = str(form, 'channel_id');
  if (!str(form, 'command') || !user || !channel) return undefined;
  const direct = str(form, 'channel_name') === 'directmessage' || channel.startsWith('D');
  const name = str(form, 'user_name');
  return {
    id: str(form, 'trigger_id') ?? `${channel}:${user}:${Date.now()}`,
    platform: 'slack',
    conversation: { id: channel, kind: direct ? 'direct' : 'group' },
    user: { id: user, ...(name ? { displayName: name } : {}) },
    text: stripBotMention(typeof form?.text === 'string' ? form.text : ''),
  };
}
