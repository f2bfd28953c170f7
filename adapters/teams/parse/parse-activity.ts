import type { Activity } from '@microsoft/agents-activity';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import { stripBotMentions } from './strip-mentions.js';

/** `personal` is a 1:1 chat; `channel` and `groupChat` have several people (Teams conversation scopes). */
function conversationKind(activity: Activity): 'direct' | 'group' {
  const type = activity.conversation?.conversationType;
  if (type === 'personal') return 'direct';
  if (type === 'channel' || type === 'groupChat') return 'group';
  return activity.conversation?.isGroup ? 'group' : 'direct';
}

/**
 * The command an Action.Submit button carries. Our cards put it in `data.casebotAction`
 * (see render/card-actions.ts); Teams delivers the button's `data` as the activity `value`.
 */
function actionValueOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const action = (value as { casebotAction?: unknown }).casebotAction;
  return typeof action === 'string' && action.trim() ? action.trim() : undefined;
}

/**
 * Translates a Teams activity into casebot's neutral message. Only `message` activities
 * (typed text or a card button press) are messages; everything else returns `undefined`.
 */
export function parseActivity(activity: Activity): IncomingMessage | undefined {
  if (activity.type !== 'message' || !activity.conversation?.id || !activity.from?.id) return undefined;
  const actionValue = actionValueOf(activity.value);
  const typed = stripBotMentions(activity.text ?? '', activity.entities, activity.recipient?.id);
  const text = typed || actionValue || '';
  if (!text) return undefined;
  return {
    id: activity.id ?? '',
    platform: 'teams',
    conversation: {
      id: activity.conversation.id,
      kind: conversationKind(activity),
      ...(activity.replyToId ? { threadId: activity.replyToId } : {}),
    },
    user: { id: activity.from.id, ...(activity.from.name ? { displayName: activity.from.name } : {}) },
    text,
    ...(actionValue ? { actionValue } : {}),
    ...sentAtOf(activity.timestamp),
  };
}

function sentAtOf(timestamp: Date | string | undefined): { sentAt?: string } {
  const at = timestamp === undefined ? Number.NaN : new Date(timestamp).getTime();
  return Number.isNaN(at) ? {} : { sentAt: new Date(at).toISOString() };
}
