import type { Citation } from '../../../core/citation/citation.js';
import type { Locale, ReplyAction, ReplyItem, ReplySection } from '../../../core/reply/reply.js';
import { CARD_LABELS, FLAG_COLOR, FLAG_MARK } from './card-labels.js';

/** One Adaptive Card element or action, as plain JSON. */
export type CardElement = Record<string, unknown>;

function textBlock(text: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

export function headerBlocks(title: string, summary: string | undefined): CardElement[] {
  const blocks = [textBlock(title, { size: 'Medium', weight: 'Bolder' })];
  if (summary) blocks.push(textBlock(summary));
  return blocks;
}

function itemBlocks(item: ReplyItem, locale: Locale): CardElement[] {
  const mark = item.flag ? FLAG_MARK[item.flag] : '·';
  const tag = item.flag === 'unverified' ? `（${CARD_LABELS[locale].unverifiedTag}）` : '';
  const color = item.flag ? FLAG_COLOR[item.flag] : undefined;
  const blocks = [textBlock(`${mark} ${item.text}${tag}`, { spacing: 'Small', ...(color ? { color } : {}) })];
  if (item.note) blocks.push(textBlock(item.note, { isSubtle: true, size: 'Small', spacing: 'None' }));
  return blocks;
}

export function sectionBlocks(section: ReplySection, locale: Locale): CardElement[] {
  const heading = textBlock(section.heading, { weight: 'Bolder', separator: true, spacing: 'Medium' });
  return [heading, ...section.items.flatMap((item) => itemBlocks(item, locale))];
}

/** Citations as a FactSet: the law as the title, the article (and 待核实 when unverified) as the value. */
export function citationBlocks(citations: readonly Citation[], locale: Locale): CardElement[] {
  if (citations.length === 0) return [];
  const l = CARD_LABELS[locale];
  const facts = citations.map((c) => {
    const where = `${c.article ?? ''}${c.clause ?? ''}` || '—';
    return { title: `《${c.law}》`, value: c.verified ? where : `${where}（${l.unverifiedTag}）` };
  });
  return [textBlock(l.basis, { weight: 'Bolder', separator: true, spacing: 'Medium' }), { type: 'FactSet', facts }];
}

export function unverifiedBlocks(unverified: boolean | undefined, locale: Locale): CardElement[] {
  return unverified ? [textBlock(CARD_LABELS[locale].unverifiedNote, { isSubtle: true, size: 'Small', color: 'Warning' })] : [];
}

/**
 * Buttons as Action.Submit. Teams delivers `data` back as the message activity's `value`,
 * so `casebotAction` carries the command the press stands for (parse/parse-activity.ts reads it).
 */
export function cardActions(actions: readonly ReplyAction[] | undefined): CardElement[] {
  return (actions ?? []).map((a) => ({
    type: 'Action.Submit',
    id: a.id,
    title: a.label,
    data: { casebotAction: a.value, actionId: a.id },
    ...(a.style ? { style: a.style === 'primary' ? 'positive' : 'destructive' } : {}),
  }));
}
