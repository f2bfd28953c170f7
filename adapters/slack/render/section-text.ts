import type { ItemFlag, ReplyItem, ReplySection } from '../../../core/reply/reply.js';
import { MAX_SECTION_TEXT } from '../limits.js';
import { escapeMrkdwn, splitByLength } from './mrkdwn.js';

/** Slack renders these Unicode emoji natively; the plain-text renderer uses ✓ ✗ ? instead. */
const FLAG_EMOJI: Record<ItemFlag, string> = {
  ok: '✅', missing: '❌', conditional: '🔷', unverified: '❓', warning: '⚠️',
  overdue: '‼️', due: '🔴', upcoming: '⚪', veto: '⛔', deduction: '➖',
};

function itemLines(item: ReplyItem): string {
  const mark = item.flag ? FLAG_EMOJI[item.flag] : '•';
  const line = `${mark} ${escapeMrkdwn(item.text)}`;
  // The note sits on its own indented line; italics around CJK text render unreliably in Slack.
  return item.note ? `${line}\n      ↳ ${escapeMrkdwn(item.note)}` : line;
}

/**
 * One reply section as mrkdwn texts of at most 3000 characters each (a section block's limit).
 * Items are never split unless one item alone exceeds the limit.
 *
 * @example sectionTexts({ heading: '必备证据', items: [{ text: '询问笔录', flag: 'ok' }] })
 * // ['*【必备证据】*\n✅ 询问笔录']
 */
export function sectionTexts(section: ReplySection, max = MAX_SECTION_TEXT): string[] {
  const heading = `*【${escapeMrkdwn(section.heading)}】*`;
  const chunks = splitByLength(heading, max);
  let current = chunks.pop() ?? '';
  for (const item of section.items) {
    const text = itemLines(item);
    if (current.length + 1 + text.length <= max) {
      current = `${current}\n${text}`;
      continue;
    }
    if (current.length > 0) chunks.push(current);
    const pieces = splitByLength(text, max);
    current = pieces.pop() ?? '';
    chunks.push(...pieces);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
