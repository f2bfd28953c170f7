import { formatCitation } from '../../core/citation/citation.js';
import type { ItemFlag, Locale, Reply, ReplyItem } from '../../core/reply/reply.js';
import { escapeHtml } from './escape-html.js';

/** Visible tag per flag; the same meaning as render-text's marks, in words a reader needs no legend for. */
const FLAG_LABEL: Record<Locale, Record<ItemFlag, string>> = {
  zh: {
    ok: '已满足', missing: '缺失', conditional: '视情形', unverified: '待核实', warning: '注意',
    overdue: '超期', due: '到期', upcoming: '未到期', veto: '否决项', deduction: '扣分项',
  },
  en: {
    ok: 'ok', missing: 'missing', conditional: 'if applicable', unverified: '待核实 unverified', warning: 'check',
    overdue: 'overdue', due: 'due', upcoming: 'upcoming', veto: 'veto', deduction: 'deduction',
  },
};

const LABELS: Record<Locale, { basis: string; unverified: string }> = {
  zh: { basis: '法律依据', unverified: '标“待核实”的内容尚未与官方文本核对，请以正式文本为准。' },
  en: { basis: 'Legal basis', unverified: 'Items marked 待核实 (unverified) are not yet checked against the official text.' },
};

function renderItem(item: ReplyItem, locale: Locale): string {
  const flag = item.flag ? `<span class="flag flag-${item.flag}">${escapeHtml(FLAG_LABEL[locale][item.flag])}</span> ` : '';
  const note = item.note ? `<div class="note">${escapeHtml(item.note)}</div>` : '';
  return `<li>${flag}<span class="item-text">${escapeHtml(item.text)}</span>${note}</li>`;
}

function renderCitations(reply: Reply): string {
  if (reply.citations.length === 0) return '';
  const items = reply.citations.map((c) => {
    const tag = c.verified ? '' : ` <span class="flag flag-unverified">待核实</span>`;
    const text = formatCitation({ ...c, verified: true });
    return `<li>${escapeHtml(text)}${tag}${c.note ? `<div class="note">${escapeHtml(c.note)}</div>` : ''}</li>`;
  });
  return `<section class="citations"><h3>${LABELS[reply.locale].basis}</h3><ol>${items.join('')}</ol></section>`;
}

/**
 * The reply as an HTML fragment for pages that embed casebot answers. Every piece of text is
 * escaped; actions become buttons carrying their value in `data-value`.
 */
export function renderHtml(reply: Reply): string {
  const l = reply.locale;
  const parts = [`<article class="reply reply-${reply.kind}" lang="${l === 'zh' ? 'zh-CN' : 'en'}">`];
  parts.push(`<h2>${escapeHtml(reply.title)}</h2>`);
  if (reply.summary) parts.push(`<p class="summary">${escapeHtml(reply.summary)}</p>`);
  for (const section of reply.sections) {
    parts.push(`<section><h3>${escapeHtml(section.heading)}</h3><ul>${section.items.map((i) => renderItem(i, l)).join('')}</ul></section>`);
  }
  parts.push(renderCitations(reply));
  if (reply.unverified) parts.push(`<p class="unverified-note">${escapeHtml(LABELS[l].unverified)}</p>`);
  if (reply.actions?.length) {
    const buttons = reply.actions.map((a) => `<button type="button" class="action${a.style ? ` action-${a.style}` : ''}" data-value="${escapeHtml(a.value)}">${escapeHtml(a.label)}</button>`);
    parts.push(`<div class="actions">${buttons.join('')}</div>`);
  }
  parts.push('</article>');
  return parts.join('');
}
