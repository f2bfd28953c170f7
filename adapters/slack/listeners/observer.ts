import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Reply } from '../../../core/reply/reply.js';

/** Where answering a Slack message can fail. */
export type SlackFailureStage = 'authorize' | 'handle' | 'send' | 'process';

/**
 * Hooks the application uses for metrics and logs; the adapter calls them, never the reverse.
 * All optional.
 */
export interface SlackObserver {
  /** A verified message was parsed and is about to be answered. */
  received?(message: IncomingMessage): void;
  /** One reply was delivered (all of its split messages). */
  replied?(reply: Reply): void;
  /** Something failed. */
  failed?(failure: SlackFailure): void;
}

/** A failure while answering: `code` is a BotError code (RATE_LIMITED, DELIVERY_UNRECOVERABLE …) or INTERNAL. */
export interface SlackFailure {
  stage: SlackFailureStage;
  code: string;
  error: unknown;
}

/** The one entry of the application: a message in, neutral replies out (bot/router/message-handler.ts). */
export type SlackMessageHandler = (message: IncomingMessage) => Promise<Reply[]>;
