import type { RespondFn, webApi } from '@slack/bolt';
import { MAX_RESPONSE_URL_USES } from '../limits.js';
import { type SlackTarget, sendSlackReply } from '../api/send.js';
import { renderSlackMessages } from '../render/blocks.js';
import type { ReplySink } from './answer.js';

/** Replies posted with chat.postMessage into the channel, in the thread when there is one. */
export function postSink(client: webApi.WebClient, target: SlackTarget): ReplySink {
  return async (reply) => {
    await sendSlackReply(client, target, reply);
  };
}

/**
 * Replies to a slash command through its response_url: visible only to the person who asked
 * (ephemeral — an answer about a case is nobody else's business), and works in channels the bot
 * has not joined. Slack accepts at most 5 posts to one response_url; later parts are dropped
 * with a warning rather than failing the earlier ones.
 */
export function respondSink(respond: RespondFn, onDropped: (count: number) => void): ReplySink {
  let used = 0;
  return async (reply) => {
    const messages = renderSlackMessages(reply);
    const room = Math.max(0, MAX_RESPONSE_URL_USES - used);
    if (messages.length > room) onDropped(messages.length - room);
    for (const message of messages.slice(0, room)) {
      used += 1;
      await respond({ response_type: 'ephemeral', replace_original: false, text: message.text, blocks: message.blocks });
    }
  };
}
