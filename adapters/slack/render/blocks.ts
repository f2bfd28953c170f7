import type { Reply } from '../../../core/reply/reply.js';
import { renderText } from '../../../core/reply/render-text.js';
import {
  MAX_BLOCK_CHARS_PER_MESSAGE, MAX_BLOCKS_PER_MESSAGE, MAX_FALLBACK_TEXT, MAX_HEADER_TEXT, MAX_SECTION_TEXT,
} from '../limits.js';
import { actionBlocks, citationBlocks, unverifiedBlocks } from './extra-blocks.js';
import { escapeMrkdwn, splitByLength, truncate } from './mrkdwn.js';
import { sectionTexts } from './section-text.js';
import { blockChars, type SlackBlock, type SlackMessage } from './slack-message.js';

export type { SlackBlock, SlackMessage } from './slack-message.js';

function mrkdwnSection(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** Everything below the header, in reading order. */
function contentBlocks(reply: Reply): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (reply.summary) {
    for (const text of splitByLength(escapeMrkdwn(reply.summary), MAX_SECTION_TEXT)) blocks.push(mrkdwnSection(text));
  }
  for (const section of reply.sections) {
    for (const text of sectionTexts(section)) blocks.push(mrkdwnSection(text));
  }
  return [...blocks, ...unverifiedBlocks(reply), ...citationBlocks(reply), ...actionBlocks(reply)];
}

/** Groups blocks into messages under the block-count and character budgets (one block kept for the header). */
function pack(blocks: SlackBlock[]): SlackBlock[][] {
  const groups: SlackBlock[][] = [];
  let current: SlackBlock[] = [];
  let chars = 0;
  for (const block of blocks) {
    const size = blockChars(block);
    const full = current.length + 1 >= MAX_BLOCKS_PER_MESSAGE || chars + size > MAX_BLOCK_CHARS_PER_MESSAGE;
    if (full && current.length > 0) {
      groups.push(current);
      current = [];
      chars = 0;
    }
    current.push(block);
    chars += size;
  }
  groups.push(current);
  return groups;
}

function header(reply: Reply, index: number, count: number): SlackBlock {
  const suffix = count > 1 ? ` (${index + 1}/${count})` : '';
  const text = `${truncate(reply.title, MAX_HEADER_TEXT - suffix.length)}${suffix}`;
  return { type: 'header', text: { type: 'plain_text', text, emoji: true } };
}

/** The plain text of a continuation message, for notifications and screen readers. */
function continuationText(reply: Reply, blocks: SlackBlock[], index: number, count: number): string {
  const body = blocks
    .map((b) => (b.type === 'section' ? b.text?.text ?? '' : ''))
    .filter((t) => t.length > 0)
    .join('\n');
  return truncate(`${reply.title} (${index + 1}/${count})\n${body}`, MAX_FALLBACK_TEXT);
}

/**
 * A reply as one or more Block Kit messages: a header, mrkdwn sections, a context block with the
 * citations and an actions block whose button values come back as the user's next message.
 * Split so that every message stays within Slack's limits (50 blocks, 3000 characters a section,
 * header 150, and ≈12 000 characters of blocks a message). The first message's `text` is the
 * reply's plain-text rendering (core/reply/render-text.ts), cut to a notification-sized fallback.
 *
 * @example
 * renderSlackMessages({ kind: 'help', locale: 'zh', title: '帮助', sections: [], citations: [] })
 * // [{ text: '帮助', blocks: [{ type: 'header', text: { type: 'plain_text', text: '帮助', emoji: true } }] }]
 */
export function renderSlackMessages(reply: Reply): SlackMessage[] {
  const groups = pack(contentBlocks(reply));
  return groups.map((blocks, index) => ({
    text: index === 0 ? truncate(renderText(reply), MAX_FALLBACK_TEXT) : continuationText(reply, blocks, index, groups.length),
    blocks: [header(reply, index, groups.length), ...blocks],
  }));
}
