import type { Reply } from '../../../core/reply/reply.js';
import { renderText } from '../../../core/reply/render-text.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, buildAdaptiveCard } from './adaptive-card.js';
import { ACTIVITY_BUDGET_BYTES, payloadBytes } from './payload-size.js';
import { splitReply } from './split-reply.js';

/** The platform-specific part of one outgoing message; the SDK adds conversation and addressing. */
export interface OutgoingTeamsActivity {
  type: 'message';
  /**
   * Plain-text fallback. The Bot Framework `summary` is "the text to display if the channel
   * cannot render cards" (Activity.Summary, Bot Framework schema); `text` would be shown by
   * Teams above the card and repeat the whole answer.
   */
  summary: string;
  attachments: [{ contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE; content: Record<string, unknown> }];
}

function toActivity(reply: Reply): OutgoingTeamsActivity {
  return {
    type: 'message',
    summary: renderText(reply),
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: buildAdaptiveCard(reply) }],
  };
}

/**
 * One reply as Teams messages: an Adaptive Card with a plain-text fallback each,
 * split over several messages when one would exceed Teams' size limit.
 */
export function renderActivities(reply: Reply, budgetBytes: number = ACTIVITY_BUDGET_BYTES): OutgoingTeamsActivity[] {
  const fits = (part: Reply): boolean => payloadBytes(toActivity(part)) <= budgetBytes;
  return splitReply(reply, fits).map(toActivity);
}
