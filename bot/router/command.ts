import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';

/**
 * A typed command (登记案件, 督办, 收到 N-12 …) tried before free-text understanding.
 * `handle` returns undefined when the text is not this command, so the next one is tried.
 */
export interface Command {
  name: string;
  handle(message: IncomingMessage, text: string): Promise<Reply[] | undefined>;
}
