import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';

/**
 * The one entry every channel calls: a verified, parsed message in, neutral replies out.
 * Adapters render the replies; they never look inside the router.
 */
export type MessageHandler = (message: IncomingMessage) => Promise<Reply[]>;
