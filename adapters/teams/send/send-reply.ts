import { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { Reply } from '../../../core/reply/reply.js';
import { mapConnectorError } from '../errors/map-connector-error.js';
import { renderActivities } from '../render/render-activities.js';

/**
 * Sends one reply in the turn's conversation, part after part (each an Adaptive Card with a
 * text fallback). Returns the connector's activity ids; a failure is thrown as a typed error.
 */
export async function sendReply(ctx: TurnContext, reply: Reply, now: () => number): Promise<string[]> {
  const ids: string[] = [];
  for (const outgoing of renderActivities(reply)) {
    try {
      const receipt = await ctx.sendActivity(Activity.fromObject(outgoing));
      if (receipt?.id) ids.push(receipt.id);
    } catch (err) {
      throw mapConnectorError(err, now());
    }
  }
  return ids;
}
