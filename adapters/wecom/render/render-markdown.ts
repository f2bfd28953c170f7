import { formatCitation } from '../../../core/citation/citation.js';
import type { ItemFlag, Locale, Reply, ReplyItem } from '../../../core/reply/reply.js';

// WeCom markdown has three colours only: info (green), comment (grey), warning (orange-red) — doc 91770.
type FontColor = 'info' | 'comment' | 'warning';

const FLAG_STYLE: Record<ItemFlag, { mark: string; color: FontColor }> = {
  ok: { mark: '✓', color: 'info' },
  missing: { mark: '✗', color: 'warning' },
  conditional: { mark: '◇', color: 'comment' },
  unverified: { mark: '?', color: 'comment' },
  warning: { mark: '!', color: 'warning' },
  overdue: { mark: '‼', color: 'warning' },
  due: { mark: '●', color: 'warning' },
  upcoming: { mark: '○', color: 'comment' },
  veto: { mark: '✗', color: 'warning' },
  deduction: { mark: '−', color: 'warning' },
};

const LABELS: Record<Locale, { basis: string; unverified: string; actions: string }> = {
  zh: { basis: '法律依据', unverified: '注：标“待核实”的内容尚未与官方文本核对，请以正式文本为准。', actions: '可回复' },
  en: { basis: 'Legal basis', unverified: 'Note: items marked 待核实 (unverified) are not yet checked against the official text.', actions: 'You can reply' },
};

function font(color: FontColor, text: string): string {
  return `<font color="${color}">${text}</font>`;
}

function itemLines(item: ReplyItem): string[] {
  const style = item.flag ? FLAG_STYLE[item.flag] : undefined;
  const lines = [`${style ? font(style.color, style.mark) : '·'} ${item.text}`];
  // A quote line keeps the reason or derivation visually under its item.
  if (item.note) lines.push(`> ${item.note}`);
  return lines;
}

/**
 * A Reply as WeCom markdown (the subset of doc 91770: headings, bold, quotes, three font colours).
 * One line per item, so splitting at line boundaries never breaks an item's markup.
 */
export function renderMarkdown(reply: Reply): string {
  const l = LABELS[reply.locale];
  const lines = [`### ${reply.title}`];
  if (reply.summary) lines.push(reply.summary);
  for (const section of reply.sections) {
    lines.push('', `**${section.heading}**`);
    for (const item of section.items) lines.push(...itemLines(item));
  }
  if (reply.citations.length > 0) {
    lines.push('', font('comment', `${l.basis}：${reply.citations.map(formatCitation).join('；')}`));
  }
  if (reply.unverified) lines.push(font('warning', l.unverified));
  if (reply.actions?.length) lines.push('', `${l.actions}：${reply.actions.map((a) => `\`${a.value}\``).join(' / ')}`);
  return lines.join('\n');
}
