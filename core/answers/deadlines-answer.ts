import { weekdayName } from '../calendar/local-date.js';
import { formatCitation, uniqueCitations } from '../citation/citation.js';
import type { DueDate, DeadlineStatus } from '../deadlines/due-date.js';
import type { DeadlineRule } from '../knowledge/schema/deadline-rule-schema.js';
import type { EventType } from '../knowledge/schema/event-type-schema.js';
import type { ItemFlag, Locale, Reply, ReplyItem } from '../reply/reply.js';

const STATUS_FLAG: Record<DeadlineStatus, ItemFlag> = { 未到期: 'upcoming', 临期: 'due', 到期: 'due', 超期: 'overdue', 已完成: 'ok' };
const STATUS_EN: Record<DeadlineStatus, string> = { 未到期: 'not yet due', 临期: 'due soon', 到期: 'due today', 超期: 'overdue', 已完成: 'done' };
const UNIT_ZH = { calendarDays: '日', workingDays: '个工作日', months: '个月', years: '年', hours: '小时' } as const;
const UNIT_EN = { calendarDays: 'days', workingDays: 'working days', months: 'months', years: 'years', hours: 'hours' } as const;

function dueItem(d: DueDate, locale: Locale): ReplyItem {
  const day = `${d.due}（${weekdayName(d.due, 'zh')}）`;
  const when = d.kind === 'earliest' ? (locale === 'zh' ? '最早' : 'from') : (locale === 'zh' ? '最迟' : 'by');
  const status = locale === 'zh' ? d.status : STATUS_EN[d.status];
  const estimate = d.estimate ? (locale === 'zh' ? '（估算：该年度放假安排尚未公布）' : ' (estimate: no official holiday data for that year)') : '';
  return {
    text: `${d.title}：${when} ${day} · ${status}${estimate}`,
    note: [d.derivation, d.basis, d.note].filter(Boolean).join(' — '),
    flag: d.unverified ? 'unverified' : STATUS_FLAG[d.status],
  };
}

/**
 * Due dates computed from a case's events. `focus` rules (those the question named) come first,
 * the rest follow as 其他相关期限.
 */
export function deadlinesAnswer(dates: DueDate[], focus: readonly DeadlineRule[], locale: Locale): Reply {
  const focusIds = new Set(focus.map((r) => r.id));
  const main = dates.filter((d) => focusIds.has(d.rule));
  const rest = dates.filter((d) => !focusIds.has(d.rule));
  const first = main[0] ?? dates[0];
  const sections = [];
  if (main.length) sections.push({ heading: locale === 'zh' ? '您问的期限' : 'The period you asked about', items: main.map((d) => dueItem(d, locale)) });
  if (rest.length) sections.push({ heading: locale === 'zh' ? (main.length ? '其他相关期限' : '相关期限') : (main.length ? 'Other periods' : 'Periods'), items: rest.map((d) => dueItem(d, locale)) });
  return {
    kind: 'deadlines',
    locale,
    title: locale === 'zh' ? '期限计算' : 'Deadlines',
    summary: first ? `${first.title}：${first.kind === 'earliest' ? (locale === 'zh' ? '最早' : 'from') : (locale === 'zh' ? '最迟' : 'by')} ${first.due}（${weekdayName(first.due, 'zh')}）。${first.derivation}` : undefined,
    sections,
    citations: uniqueCitations(dates.flatMap((d) => d.citations)),
    unverified: dates.some((d) => d.unverified),
  };
}

/** The general periods of some rules, when the question gave no date. */
export function rulesAnswer(rules: readonly DeadlineRule[], events: readonly EventType[], locale: Locale, context?: string): Reply {
  const name = (id: string) => events.find((e) => e.id === id)?.[locale === 'zh' ? 'name' : 'nameEn'] ?? id;
  const items = rules.map((r) => ({
    text: locale === 'zh'
      ? `${r.title}：${name(r.trigger)}${r.direction === 'before' ? '前' : '之日起'} ${r.length} ${UNIT_ZH[r.unit]}`
      : `${r.titleEn}: ${r.length} ${UNIT_EN[r.unit]} ${r.direction === 'before' ? 'before' : 'from'} ${name(r.trigger)}`,
    note: [formatCitation(r.citation), r.unitBasis && formatCitation(r.unitBasis), r.note].filter(Boolean).join(' — '),
    flag: r.citation.verified ? undefined : ('unverified' as const),
  }));
  return {
    kind: 'deadlines',
    locale,
    title: locale === 'zh' ? `${context ? `${context} — ` : ''}相关期限` : `${context ? `${context} — ` : ''}Periods`,
    summary: locale === 'zh'
      ? '告诉我事件日期即可算出具体日期，例如：“2026-01-05 立案，最晚哪天作出处罚决定”。'
      : 'Give me the event date to compute the exact day, e.g. "filed 2026-01-05, decision deadline".',
    sections: [{ heading: locale === 'zh' ? '期限' : 'Periods', items }],
    citations: uniqueCitations(rules.flatMap((r) => [r.citation, ...(r.unitBasis ? [r.unitBasis] : [])])),
    unverified: rules.some((r) => !r.citation.verified),
  };
}
