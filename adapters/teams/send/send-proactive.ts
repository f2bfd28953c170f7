import type { Reply } from '../../../core/reply/reply.js';
import type { TeamsConversationReference } from '../references/teams-conversation-reference.js';
import type { TeamsAdapter } from '../teams-adapter.js';
import { mapConnectorError } from '../errors/map-connector-error.js';
import { sendReply } from './send-reply.js';

/**
 * A reference built from configuration (a unit's conversation id and serviceUrl) lacks the bot
 * account the SDK addresses messages from; Teams bot accounts are `28:<app id>`.
 */
function completeReference(reference: TeamsConversationReference, adapter: TeamsAdapter): TeamsConversationReference {
  const { activityId: _answerTo, ...target } = reference;
  const appId = typeof adapter.botIdentity === 'string' ? adapter.botIdentity : undefined;
  return { ...target, agent: target.agent ?? { id: appId ? `28:${appId}` : 'casebot' } };
}

/**
 * Posts a reply into a conversation the bot has seen before (a stored reference), outside any
 * inbound turn: reminders, notices, overdue alerts. Uses the SDK's `continueConversation`.
 * Returns the connector's activity ids (the delivery receipt); connector failures are thrown
 * as RateLimitError, AuthenticationError, UnrecoverableDeliveryError or TransientDeliveryError.
 *
 * @example
 * const ref = await adapter.references.get(conversationId);
 * if (ref) await sendProactive(adapter, ref, reply);
 */
export async function sendProactive(adapter: TeamsAdapter, reference: TeamsConversationReference, reply: Reply): Promise<string[]> {
  let ids: string[] = [];
  const target = completeReference(reference, adapter);
  try {
    await adapter.cloud.continueConversation(adapter.botIdentity, target, async (ctx) => {
      // A new post in the conversation, not an answer to the synthetic continuation event.
      ctx.onSendActivities(async (_ctx, activities, next) => {
        for (const activity of activities) delete activity.replyToId;
        return next();
      });
      ids = await sendReply(ctx, reply, adapter.now);
    });
  } catch (err) {
    throw mapConnectorError(err, adapter.now());
  }
  return ids;
}
