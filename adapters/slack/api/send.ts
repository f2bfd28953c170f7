import type { webApi } from '@slack/bolt';
import type { Reply } from '../../../core/reply/reply.js';
import { renderSlackMessages } from '../render/blocks.js';
import { mapSlackError } from './errors.js';

/** A channel (C…, G…) or DM (D…), and optionally the thread to answer in. */
export interface SlackTarget {
  channel: string;
  threadTs?: string;
}

/** The platform's receipt: one message `ts` per message the reply was split into. */
export interface SlackReceipt {
  ts: string[];
}

/**
 * Posts a reply through chat.postMessage — one call per message when the reply is split —
 * in the thread when `threadTs` is given. Errors come back as casebot's typed errors
 * (see mapSlackError); a failure mid-way throws after the earlier parts were posted.
 *
 * @example
 * const { ts } = await sendSlackReply(client, { channel: 'C0123456789' }, reply);
 */
export async function sendSlackReply(client: webApi.WebClient, target: SlackTarget, reply: Reply): Promise<SlackReceipt> {
  const ts: string[] = [];
  for (const message of renderSlackMessages(reply)) {
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
