import type { webApi } from '@slack/bolt';
import type { Reply } from '../../../core/reply/reply.js';
import { MAX_BLOCKS_PER_MESSAGE, MAX_FALLBACK_TEXT, MAX_SECTION_TEXT } from '../limits.js';
import { renderSlackMessages } from '../render/blocks.js';
import { truncate } from '../render/mrkdwn.js';
import type { SlackBlock, SlackMessage } from '../render/slack-message.js';
import { mapSlackError } from './errors.js';

/** A channel (C…, G…) or DM (D…), and optionally the thread to answer in. */
export interface SlackTarget {
  channel: string;
  threadTs?: string;
  /** Slack user ids (U…/W…) to @-mention at the top of the first message, so Slack notifies them. */
  mentions?: readonly string[];
}

/** The platform's receipt: one message `ts` per message the reply was split into. */
export interface SlackReceipt {
  ts: string[];
}

/**
 * A user id as `<@…>` takes it (U…, or W… on Enterprise Grid). Ids come from the directory; one
 * that is not an id is left out rather than written into the mrkdwn, where `<`/`>` are control characters.
 */
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** `<@U1> <@U2>` for the valid ids, '' when there are none. */
function mentionText(ids: readonly string[] = []): string {
  return [...new Set(ids)].filter((id) => SLACK_USER_ID.test(id)).map((id) => `<@${id}>`).join(' ');
}

/**
 * The mentions as the first block. A message already at Slack's 50-block limit gets them in front
 * of its first section instead; the fallback `text` starts with them either way.
 */
function mentionBlocks(blocks: SlackBlock[], prefix: string): SlackBlock[] {
  if (blocks.length < MAX_BLOCKS_PER_MESSAGE) return [{ type: 'section', text: { type: 'mrkdwn', text: prefix } }, ...blocks];
  const i = blocks.findIndex((b) => b.type === 'section' && b.text && b.text.text.length + prefix.length + 1 <= MAX_SECTION_TEXT);
  const section = blocks[i];
  if (section?.type !== 'section' || !section.text) return blocks;
  const joined: SlackBlock = { ...section, text: { type: 'mrkdwn', text: `${prefix}\n${section.text.text}` } };
  return blocks.map((b, j) => (j === i ? joined : b));
}

/** The rendered messages, the first one @-mentioning `target.mentions`. */
function messagesFor(target: SlackTarget, reply: Reply): SlackMessage[] {
  const messages = renderSlackMessages(reply);
  const prefix = mentionText(target.mentions);
  const [first, ...rest] = messages;
  if (!prefix || !first) return messages;
  return [{ text: truncate(`${prefix} ${first.text}`, MAX_FALLBACK_TEXT), blocks: mentionBlocks(first.blocks, prefix) }, ...rest];
}

/**
 * Posts a reply through chat.postMessage — one call per message when the reply is split —
 * in the thread when `threadTs` is given, @-mentioning `mentions` in the first message.
 * Errors come back as casebot's typed errors (see mapSlackError); a failure mid-way throws
 * after the earlier parts were posted.
 *
 * @example
 * const { ts } = await sendSlackReply(client, { channel: 'C0123456789', mentions: ['U0123456789'] }, reply);
 */
export async function sendSlackReply(client: webApi.WebClient, target: SlackTarget, reply: Reply): Promise<SlackReceipt> {
  const ts: string[] = [];
  for (const message of messagesFor(target, reply)) {
    try {
      const result = await client.chat.postMessage({
        channel: target.channel,
        text: message.text,
        blocks: message.blocks,
        ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
        // Citations are not links worth a preview card; keep answers compact.
        unfurl_links: false,
        unfurl_media: false,
      });
      if (result.ts) ts.push(result.ts);
    } catch (error) {
      throw mapSlackError(error, 'delivery');
    }
  }
  return { ts };
}
