import { BotError } from '../../core/errors/bot-error.js';
import type { Metrics } from '../metrics/metrics.js';
import type { MessageHandler } from '../router/message-handler.js';

/**
 * Wraps the router once so every channel is counted the same way: messages and replies per
 * platform, answer latency, and errors by stable code. Channels need not count anything.
 */
export function instrumentHandler(handler: MessageHandler, metrics: Metrics): MessageHandler {
  return async (message) => {
    const platform = message.platform;
    metrics.messages.inc({ platform });
    const stop = metrics.answerDuration.startTimer({ platform });
    try {
      const replies = await handler(message);
      for (const r of replies) metrics.replies.inc({ platform, kind: r.kind });
      return replies;
    } catch (err) {
      metrics.errors.inc({ platform, code: err instanceof BotError ? err.code : 'INTERNAL' });
      throw err;
    } finally {
      stop();
    }
  };
}
