import type { Reply } from '../../../core/reply/reply.js';
import { truncateChars, utf8Bytes } from './byte-limit.js';
import { WECOM_LIMITS } from './limits.js';

/** The `template_card` payload of an app message, button_interaction type (doc 90236). */
export interface WecomButtonCard {
  card_type: 'button_interaction';
  source: { desc: string };
  main_title: { title: string; desc?: string };
  sub_title_text?: string;
  /** Unique per app; only digits, letters and `_-@`, ≤ 128 bytes (doc 90236). */
  task_id: string;
  button_list: { text: string; key: string; style?: number }[];
}

/** True when the reply has at least one action that fits a button key. */
export function hasCardActions(reply: Reply): boolean {
  return (reply.actions ?? []).some((a) => utf8Bytes(a.value) <= WECOM_LIMITS.cardButtonKeyBytes);
}

/**
 * The buttons of a reply as a button_interaction card. Each button's key is the action's value,
 * so a press comes back as EventKey = the command text (webhook/parse.ts). Actions beyond six, or
 * with a value too long for a key, stay in the markdown's "可回复" line, where users can type them.
 * Button style is left at WeCom's default (1): the doc numbers styles 1–4 without naming colours.
 */
export function renderTemplateCard(reply: Reply, taskId: string): WecomButtonCard {
  const buttons = (reply.actions ?? [])
    .filter((a) => utf8Bytes(a.value) <= WECOM_LIMITS.cardButtonKeyBytes)
    .slice(0, WECOM_LIMITS.cardButtons)
    .map((a) => ({ text: truncateChars(a.label, WECOM_LIMITS.cardButtonChars), key: a.value }));
  const card: WecomButtonCard = {
    card_type: 'button_interaction',
    source: { desc: 'casebot' },
    main_title: { title: truncateChars(reply.title, WECOM_LIMITS.cardTitleChars) },
    task_id: taskId,
    button_list: buttons,
  };
  if (reply.summary) card.sub_title_text = truncateChars(reply.summary, WECOM_LIMITS.cardSubtitleChars);
  return card;
}
