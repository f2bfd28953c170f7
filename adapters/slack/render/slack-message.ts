import type { types } from '@slack/bolt';

/** The Block Kit blocks casebot renders. */
export type SlackBlock = types.HeaderBlock | types.SectionBlock | types.ContextBlock | types.ActionsBlock;

/** One chat.postMessage / respond() body: blocks plus the plain-text fallback Slack requires. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Characters of visible text in a block, for the per-message budget. */
export function blockChars(block: SlackBlock): number {
  switch (block.type) {
    case 'header':
      return block.text.text.length;
    case 'section':
      return block.text?.text.length ?? 0;
    case 'context':
      return block.elements.reduce((n, e) => n + ('text' in e && typeof e.text === 'string' ? e.text.length : 0), 0);
    case 'actions':
      return block.elements.reduce((n, e) => n + ('text' in e && e.text && typeof e.text === 'object' ? e.text.text.length : 0), 0);
  }
}
