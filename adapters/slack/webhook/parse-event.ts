import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import { stripBotMention } from './mention.js';
import { asFields, type Fields, obj, str, tsToIso } from './fields.js';

/** Who "we" are on this workspace, from auth.test or config: our own messages are never answered. */
export interface BotIdentity {
  botUserId?: string;
  botId?: string;
}

/** Bot messages, edits, deletions, joins … (any subtype) and our own messages are not questions. */
function isIgnored(event: Fields, bot: BotIdentity): boolean {
  if (str(event, 'subtype') || str(event, 'bot_id')) return true;
  const user = str(event, 'user');
  return !user || user === bot.botUserId;
}

function kindOf(event: Fields): 'direct' | 'group' | undefined {
  const type = str(event, 'type');
  if (type === 'app_mention') return 'group';
  // message.im: "look for the event's channel_type field set to im" (docs.slack.dev/reference/events/message.im).
  if (type === 'message' && str(event, 'channel_type') === 'im') return 'direct';
  return undefined;
}

/**
 * An Events API `event_callback` (app_mention, message.im) → IncomingMessage, or undefined for
 * everything casebot does not answer (other events, bot messages, subtypes, its own messages).
 *
 * @example
 * parseEventCallback(appMentionBody, { botUserId: 'U0BOT0001' })
 * // { id: 'Ev00000001', platform: 'slack', conversation: { id: 'C00000001', kind: 'group' }, user: { id: 'U00000001' }, text: '…' }
 */
export function parseEventCallback(body: unknown, bot: BotIdentity): IncomingMessage | undefined {
  const envelope = asFields(body);
  const event = obj(envelope, 'event');
  if (!event || str(envelope, 'type') !== 'event_callback') return undefined;
  const kind = kindOf(event);
  const channel = str(event, 'channel');
  const ts = str(event, 'ts');
  if (!kind || !channel || isIgnored(event, bot)) return undefined;
  const threadId = str(event, 'thread_ts');
  return {
    id: str(envelope, 'event_id') ?? str(event, 'client_msg_id') ?? `${channel}:${ts ?? ''}`,
    platform: 'slack',
    conversation: { id: channel, kind, ...(threadId ? { threadId } : {}) },
    user: { id: str(event, 'user') as string },
    text: stripBotMention(typeof event.text === 'string' ? event.text : '', bot.botUserId),
    ...(ts ? { sentAt: tsToIso(ts) } : {}),
  };
}
