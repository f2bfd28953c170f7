import { BotError } from '../../../core/errors/bot-error.js';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Reply } from '../../../core/reply/reply.js';
import type { AdapterLogger } from '../adapter-logger.js';
import { mapSlackError } from '../api/errors.js';
import type { SlackMessageHandler, SlackObserver } from './observer.js';

/** Delivers one reply somewhere (chat.postMessage, respond()). */
export type ReplySink = (reply: Reply) => Promise<void>;

export interface AnswerDeps {
  handle: SlackMessageHandler;
  observer: SlackObserver;
  logger: AdapterLogger;
}

function codeOf(error: unknown): string {
  return error instanceof BotError ? error.code : 'INTERNAL';
}

/**
 * Runs one message through the handler and delivers its replies in order. Runs after the ack,
 * so nothing is thrown: failures are logged (ids and codes only, never the text) and reported.
 */
export async function answer(message: IncomingMessage, sink: ReplySink, deps: AnswerDeps): Promise<void> {
  deps.observer.received?.(message);
  let replies: Reply[];
  try {
    replies = await deps.handle(message);
  } catch (error) {
    deps.logger.error({ err: error, messageId: message.id }, 'slack: handler failed');
    deps.observer.failed?.({ stage: 'handle', code: codeOf(error), error });
    return;
  }
  for (const reply of replies) {
    try {
      await sink(reply);
      deps.observer.replied?.(reply);
    } catch (error) {
      const mapped = mapSlackError(error, 'delivery');
      deps.logger.warn({ code: mapped.code, messageId: message.id, conversation: message.conversation.id }, 'slack: reply not delivered');
      deps.observer.failed?.({ stage: 'send', code: mapped.code, error: mapped });
      return;
    }
  }
}
