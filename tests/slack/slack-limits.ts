/**
 * Slack's documented limits, written out independently of the adapter's constants so a wrong
 * constant in the adapter cannot hide here. Sources: docs.slack.dev/reference/block-kit/blocks
 * (50 blocks a message), section-block (text 3000), header-block (150), context-block (10
 * elements), actions-block (25 elements), button-element (text 75, value 2000, action_id 255),
 * chat.postMessage (text truncated above 40 000); bolt-js #2509 (msg_blocks_too_long ≈ 13 000).
 */
import type { SlackMessage } from '../../adapters/slack/index.js';

type AnyBlock = {
  type: string;
  text?: { type: string; text: string };
  elements?: { type: string; text?: string | { text: string }; value?: string; action_id?: string }[];
};

function elementText(e: NonNullable<AnyBlock['elements']>[number]): string {
  return typeof e.text === 'string' ? e.text : e.text?.text ?? '';
}

/** Every documented limit the message breaks; [] when it fits. */
export function slackLimitViolations(message: SlackMessage): string[] {
  const problems: string[] = [];
  const blocks = message.blocks as AnyBlock[];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks > 50`);
  if (!message.text || message.text.length > 40_000) problems.push(`fallback text length ${message.text?.length ?? 0}`);
  let chars = 0;
  for (const [i, b] of blocks.entries()) {
    const text = b.text?.text ?? '';
    chars += text.length + (b.elements ?? []).reduce((n, e) => n + elementText(e).length, 0);
    if (b.type === 'header' && text.length > 150) problems.push(`block ${i}: header ${text.length} > 150`);
    if (b.type === 'section' && text.length > 3000) problems.push(`block ${i}: section ${text.length} > 3000`);
    if (b.type === 'context' && (b.elements?.length ?? 0) > 10) problems.push(`block ${i}: ${b.elements!.length} context elements > 10`);
    if (b.type === 'context' && b.elements!.some((e) => elementText(e).length > 3000)) problems.push(`block ${i}: context text > 3000`);
    if (b.type === 'actions' && (b.elements?.length ?? 0) > 25) problems.push(`block ${i}: ${b.elements!.length} buttons > 25`);
    for (const e of b.type === 'actions' ? b.elements! : []) {
      if (elementText(e).length > 75) problems.push(`block ${i}: button text > 75`);
      if ((e.value ?? '').length > 2000) problems.push(`block ${i}: button value > 2000`);
      if ((e.action_id ?? '').length > 255) problems.push(`block ${i}: action_id > 255`);
    }
  }
  if (chars > 13_000) problems.push(`${chars} characters of blocks (msg_blocks_too_long territory)`);
  return problems;
}

/** What a person sees of a message, entities decoded. */
export function slackVisibleText(message: SlackMessage): string {
  return (message.blocks as AnyBlock[])
    .flatMap((b) => [b.text?.text ?? '', ...(b.elements ?? []).map(elementText)])
    .join('\n')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
