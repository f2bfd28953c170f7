import { formatCitation } from '../../../core/citation/citation.js';
import type { Locale, Reply, ReplyAction } from '../../../core/reply/reply.js';
import {
  MAX_ACTION_ELEMENTS, MAX_ACTION_ID, MAX_BUTTON_TEXT, MAX_BUTTON_VALUE, MAX_CONTEXT_ELEMENTS, MAX_CONTEXT_TEXT,
} from '../limits.js';
import { escapeMrkdwn, splitByLength, truncate } from './mrkdwn.js';
import type { SlackBlock } from './slack-message.js';

const LABELS: Record<Locale, { basis: string; unverified: string }> = {
  zh: { basis: '法律依据', unverified: '注：标“待核实”的内容尚未与官方文本核对，请以正式文本为准。' },
  en: { basis: 'Legal basis', unverified: 'Note: items marked 待核实 (unverified) are not yet checked against the official text.' },
};

/** Prefix of every casebot button's action_id; the listener matches on block_actions, not on ids. */
export const ACTION_ID_PREFIX = 'casebot:';

function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Citations as context blocks: "法律依据：《…》第X条；…", cut to Slack's element and length limits. */
export function citationBlocks(reply: Reply): SlackBlock[] {
  if (reply.citations.length === 0) return [];
  const line = `${LABELS[reply.locale].basis}：${reply.citations.map(formatCitation).join('；')}`;
  const texts = splitByLength(escapeMrkdwn(line), MAX_CONTEXT_TEXT);
  return chunk(texts, MAX_CONTEXT_ELEMENTS).map((group) => ({
    type: 'context',
    elements: group.map((text) => ({ type: 'mrkdwn', text })),
  }));
}

/** The 待核实 note when any statement rests on an unverified fact. */
export function unverifiedBlocks(reply: Reply): SlackBlock[] {
  if (!reply.unverified) return [];
  return [{ type: 'context', elements: [{ type: 'mrkdwn', text: `⚠️ ${LABELS[reply.locale].unverified}` }] }];
}

function button(action: ReplyAction, index: number) {
  return {
    type: 'button' as const,
    // Unique per message (Slack rejects duplicate action_ids); the index keeps equal ids apart.
    action_id: truncate(`${ACTION_ID_PREFIX}${index}:${action.id}`, MAX_ACTION_ID),
    text: { type: 'plain_text' as const, text: truncate(action.label, MAX_BUTTON_TEXT), emoji: true },
    value: truncate(action.value, MAX_BUTTON_VALUE),
    ...(action.style ? { style: action.style } : {}),
  };
}

/** Buttons whose value comes back as the user's next message; 25 per actions block at most. */
export function actionBlocks(reply: Reply): SlackBlock[] {
  const buttons = (reply.actions ?? []).map(button);
  return chunk(buttons, MAX_ACTION_ELEMENTS).map((elements) => ({ type: 'actions', elements }));
}
