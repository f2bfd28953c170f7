import type { TurnContext } from '@microsoft/agents-hosting';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Reply } from '../../../core/reply/reply.js';

/** The application's answer to one message: casebot's MessageHandler, in adapter terms. */
export type TeamsMessageHandler = (message: IncomingMessage) => Promise<Reply[]>;

/** What one turn did, filled in by the agent's handlers and read after the SDK returns. */
export interface TurnOutcome {
  message?: IncomingMessage;
  /** Replies whose every part reached the connector. */
  sent: Reply[];
  /** Connector receipts (activity ids) of the parts sent. */
  activityIds: string[];
  /** The first failure, already mapped to a typed error where it was a connector failure. */
  error?: unknown;
  /** Where that failure happened: storing the reference, in the handler, or sending the replies. */
  errorStage?: 'reference' | 'handler' | 'delivery';
}

/** Per-request data handed to the long-lived agent through the turn state. */
export interface TurnScope {
  onMessage: TeamsMessageHandler;
  outcome: TurnOutcome;
}

const TURN_SCOPE_KEY = Symbol('casebot.teams.turnScope');

export function setTurnScope(ctx: TurnContext, scope: TurnScope): void {
  ctx.turnState.set(TURN_SCOPE_KEY, scope);
}

export function getTurnScope(ctx: TurnContext): TurnScope | undefined {
  return ctx.turnState.get(TURN_SCOPE_KEY) as TurnScope | undefined;
}
