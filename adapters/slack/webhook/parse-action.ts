import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import { asFields, type Fields, obj, str, tsToIso } from './fields.js';

function firstAction(body: Fields): Fields | undefined {
  const actions = body.actions;
  return Array.isArray(actions) ? asFields(actions[0]) : undefined;
}

/**
 * Where to answer a button press: the pressed message's thread when it is in one; in a channel,
 * a new thread under the pressed message (keeps the channel quiet); in a DM, inline.
 */
function threadFor(body: Fields, direct: boolean): string | undefined {
  const container = obj(body, 'container');
  const message = obj(body, 'message');
  const thread = str(container, 'thread_ts') ?? str(message, 'thread_ts');
  if (thread || direct) return thread;
  return str(container, 'message_ts') ?? str(message, 'ts');
}

/**
 * A `block_actions` payload (docs.slack.dev/reference/interaction-payloads/block_actions-payload)
 * → IncomingMessage whose text and actionValue are the pressed button's value. Buttons without a
 * value (links) and presses outside a conversation (Home tab, modals) are ignored.
 *
 * @example parseBlockAction(blockActionsBody) // { …, text: '收到 N-12', actionValue: '收到 N-12' }
 */
export function parseBlockAction(body: unknown): IncomingMessage | undefined {
  const payload = asFields(body);
  if (!payload || str(payload, 'type') !== 'block_actions') return undefined;
  const action = firstAction(payload);
  const value = str(action, 'value');
  const user = obj(payload, 'user');
  const userId = str(user, 'id');
  const channel = str(obj(payload, 'channel'), 'id') ?? str(obj(payload, 'container'), 'channel_id');
  if (!value || !userId || !channel) return undefined;
  const direct = channel.startsWith('D');
  const threadId = threadFor(payload, direct);
  const name = str(user, 'name') ?? str(user, 'username');
  const sentAt = tsToIso(str(action, 'action_ts'));
  return {
    id: str(payload, 'trigger_id') ?? `${channel}:${str(action, 'action_ts') ?? value}`,
    platform: 'slack',
    conversation: { id: channel, kind: direct ? 'direct' : 'group', ...(threadId ? { threadId } : {}) },
    user: { id: userId, ...(name ? { displayName: name } : {}) },
    text: value,
    actionValue: value,
    ...(sentAt ? { sentAt } : {}),
  };
}
