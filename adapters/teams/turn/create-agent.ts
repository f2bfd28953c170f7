import { ActivityHandler, type TurnContext } from '@microsoft/agents-hosting';
import type { Reply } from '../../../core/reply/reply.js';
import { parseActivity } from '../parse/parse-activity.js';
import type { ConversationReferenceStore } from '../references/conversation-reference-store.js';
import { referenceFromActivity } from '../references/reference-from-activity.js';
import { sendReply } from '../send/send-reply.js';
import { getTurnScope, type TurnOutcome, type TurnScope } from './turn-scope.js';

/** Failures are recorded, not thrown: the turn was received, and the route reports the outcome. */
async function recording(outcome: TurnOutcome, stage: NonNullable<TurnOutcome['errorStage']>, work: () => Promise<void>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (err) {
    if (outcome.error === undefined) Object.assign(outcome, { error: err, errorStage: stage });
    return false;
  }
}

async function answer(ctx: TurnContext, scope: TurnScope, now: () => number): Promise<void> {
  const { outcome } = scope;
  const message = parseActivity(ctx.activity);
  if (!message) return;
  outcome.message = message;
  let replies: Reply[] = [];
  if (!await recording(outcome, 'handler', async () => { replies = await scope.onMessage(message); })) return;
  await recording(outcome, 'delivery', async () => {
    for (const reply of replies) {
      outcome.activityIds.push(...await sendReply(ctx, reply, now));
      outcome.sent.push(reply);
    }
  });
}

/**
 * The SDK agent for every turn: remembers the conversation reference of each inbound activity
 * (messages and conversation updates alike, so a bot just added to a team can be reached),
 * and answers message activities through the turn's handler.
 */
export function createAgent(references: ConversationReferenceStore, now: () => number): ActivityHandler {
  const agent = new ActivityHandler();
  agent.onTurn(async (ctx, next) => {
    const scope = getTurnScope(ctx);
    if (scope) await recording(scope.outcome, 'reference', () => references.save(referenceFromActivity(ctx.activity)));
    await next();
  });
  agent.onMessage(async (ctx, next) => {
    const scope = getTurnScope(ctx);
    if (scope) await answer(ctx, scope, now);
    await next();
  });
  return agent;
}
