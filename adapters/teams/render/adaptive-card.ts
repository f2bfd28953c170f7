import type { Reply } from '../../../core/reply/reply.js';
import { renderText } from '../../../core/reply/render-text.js';
import { cardActions, citationBlocks, headerBlocks, sectionBlocks, unverifiedBlocks, type CardElement } from './card-elements.js';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * Card schema version. Teams needs 1.5 for Universal Actions and renders 1.5 cards
 * (platforms.md §4.3); older clients show `fallbackText` instead.
 */
export const ADAPTIVE_CARD_VERSION = '1.5';

/** One reply (or one part of a split reply) as an Adaptive Card. */
export function buildAdaptiveCard(reply: Reply): CardElement {
  const body = [
    ...headerBlocks(reply.title, reply.summary),
    ...reply.sections.flatMap((s) => sectionBlocks(s, reply.locale)),
    ...citationBlocks(reply.citations, reply.locale),
    ...unverifiedBlocks(reply.unverified, reply.locale),
  ];
  const actions = cardActions(reply.actions);
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: ADAPTIVE_CARD_VERSION,
    fallbackText: renderText(reply),
    body,
    ...(actions.length ? { actions } : {}),
    // Teams-only hint: use the full message width, which long legal texts need.
    msteams: { width: 'Full' },
  };
}
