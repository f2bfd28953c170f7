import { formatCitation } from '../citation/citation.js';
import type { ItemFlag, Locale, Reply } from './reply.js';

const FLAG_MARK: Record<ItemFlag, string> = {
  ok: '✓', missing: '✗', conditional: '◇', unverified: '?', warning: '!', overdue: '‼', due: '●', upcoming: '○', veto: '✗', deduction: '−',
};

const LABELS: Record<Locale, { basis: string; unverified: string; actions: string }> = {
  zh: { basis: '法律依据', unverified: '注：标“待核实”的内容尚未与官方文本核对，请以正式文本为准。', actions: '可回复' },
  en: { basis: 'Legal basis', unverified: 'Note: items marked 待核实 (unverified) are not yet checked against the official text.', actions: 'You can reply' },
};

/** The reply as plain text: the console's `text`, the CLI's output and every platform's fallback. */
export function renderText(reply: Reply): string {
  const l = LABELS[reply.locale];
  const lines: string[] = [reply.title];
  if (reply.summary) lines.push(reply.summary);
  for (const section of reply.sections) {
    lines.push('', `【${section.heading}】`);
    for (const item of section.items) {
      const mark = item.flag ? `${FLAG_MARK[item.flag]} ` : '· ';
      lines.push(`${mark}${item.text}`);
      if (item.note) lines.push(`  ${item.note}`);
    }
  }
  if (reply.citations.length > 0) {
    lines.push('', `${l.basis}：${reply.citations.map(formatCitation).join('；')}`);
  }
  if (reply.unverified) lines.push(l.unverified);
  if (reply.actions?.length) {
    lines.push('', `${l.actions}：${reply.actions.map((a) => a.value).join(' / ')}`);
  }
  return lines.join('\n');
}
