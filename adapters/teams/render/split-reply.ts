import type { Reply, ReplyItem, ReplySection } from '../../../core/reply/reply.js';
import { CARD_LABELS } from './card-labels.js';

/** Whether one part, rendered, stays within the message limit. */
export type FitsCheck = (part: Reply) => boolean;

/** Widest part marker we may add later, so packing leaves room for it. */
const MARKER_PLACEHOLDER = [99, 99] as const;

function part(reply: Reply, sections: ReplySection[], first: boolean, last: boolean, marker: string): Reply {
  return {
    ...reply,
    title: `${reply.title}${marker}`,
    summary: first ? reply.summary : undefined,
    sections,
    citations: last ? reply.citations : [],
    actions: last ? reply.actions : undefined,
    unverified: last ? reply.unverified : undefined,
  };
}

/** Shortens one item until it fits alone: a last resort for a single enormous item. */
function shrinkItem(item: ReplyItem, fitsAlone: (i: ReplyItem) => boolean): ReplyItem {
  let current = item;
  while (!fitsAlone(current) && current.text.length > 1) {
    current = { ...current, note: undefined, text: `${current.text.slice(0, Math.floor(current.text.length / 2))}…` };
  }
  return current;
}

/** Breaks a section that cannot fit in one message into several with the same heading. */
function sectionUnits(section: ReplySection, fitsSection: (s: ReplySection) => boolean): ReplySection[] {
  if (fitsSection(section)) return [section];
  const units: ReplySection[] = [];
  let items: ReplyItem[] = [];
  for (const raw of section.items) {
    const item = shrinkItem(raw, (i) => fitsSection({ heading: section.heading, items: [i] }));
    if (items.length > 0 && !fitsSection({ heading: section.heading, items: [...items, item] })) {
      units.push({ heading: section.heading, items });
      items = [];
    }
    items.push(item);
  }
  if (items.length > 0) units.push({ heading: section.heading, items });
  return units;
}

function pack(reply: Reply, units: ReplySection[], fits: FitsCheck, marker: string): ReplySection[][] {
  const groups: ReplySection[][] = [[]];
  for (const unit of units) {
    const current = groups[groups.length - 1]!;
    const first = groups.length === 1;
    if (current.length > 0 && !fits(part(reply, [...current, unit], first, false, marker))) groups.push([unit]);
    else current.push(unit);
  }
  // The last part also carries citations, the 待核实 note and buttons; give them their own part if needed.
  const lastGroup = groups[groups.length - 1]!;
  if (!fits(part(reply, lastGroup, groups.length === 1, true, marker)) && lastGroup.length > 0) groups.push([]);
  return groups;
}

/**
 * Splits a reply into parts that each fit one Teams message. The first part keeps the summary,
 * the last the citations and actions; when there are several, titles get （i/n）.
 */
export function splitReply(reply: Reply, fits: FitsCheck): Reply[] {
  if (fits(reply)) return [reply];
  const labels = CARD_LABELS[reply.locale];
  const widest = labels.part(...MARKER_PLACEHOLDER);
  const fitsSection = (s: ReplySection): boolean => fits(part(reply, [s], false, false, widest));
  const units = reply.sections.flatMap((s) => sectionUnits(s, fitsSection));
  const groups = pack(reply, units, fits, widest);
  return groups.map((sections, i) =>
    part(reply, sections, i === 0, i === groups.length - 1, labels.part(i + 1, groups.length)));
}
