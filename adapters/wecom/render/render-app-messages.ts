import type { Reply } from '../../../core/reply/reply.js';
import { WECOM_LIMITS } from './limits.js';
import { markdownParts, textParts } from './render-reply.js';
import { hasCardActions, renderTemplateCard, type WecomButtonCard } from './render-template-card.js';

/** The type-specific part of one message/send body (doc 90236); touser and agentid are added on send. */
export type WecomAppMessage =
  | { msgtype: 'markdown'; markdown: { content: string } }
  | { msgtype: 'text'; text: { content: string } }
  | { msgtype: 'template_card'; template_card: WecomButtonCard };

/**
 * One reply as the app messages that carry it: markdown parts of ≤ 2048 bytes, then a
 * button_interaction card when the reply has actions. A string becomes text parts.
 */
export function renderAppMessages(reply: Reply | string, taskId: () => string): WecomAppMessage[] {
  if (typeof reply === 'string') {
    return textParts(reply, WECOM_LIMITS.appTextBytes).parts.map((content) => ({ msgtype: 'text', text: { content } }));
  }
  const messages: WecomAppMessage[] = markdownParts(reply, WECOM_LIMITS.appMarkdownBytes).parts
    .map((content) => ({ msgtype: 'markdown', markdown: { content } }));
  if (hasCardActions(reply)) messages.push({ msgtype: 'template_card', template_card: renderTemplateCard(reply, taskId()) });
  return messages;
}
