import { formatCitation, type Citation } from '../citation/citation.js';
import { holidayNameIn } from '../calendar/holiday-names.js';
import type { LocalDate } from '../calendar/local-date.js';
import type { PeriodUnit } from '../knowledge/schema/deadline-rule-schema.js';
import type { Locale } from '../reply/reply.js';
import type { PeriodEnd } from './add-period.js';
import type { RolledDate } from './roll-forward.js';

/** Everything one derivation line states. */
export interface DerivationInput {
  locale: Locale;
  start: LocalDate;
  startTime?: string;
  /** What happened on `start`: '告知', or '提起行政诉讼期限届满' for a chained rule. */
  startLabel: string;
  length: number;
  unit: PeriodUnit;
  direction: 'after' | 'before';
  /** An applied extension (延期). */
  extension?: { length: number; unit: PeriodUnit };
  /** The raw end, with what the count passed over. */
  end: PeriodEnd;
  /** Set when the raw end was moved off a rest day. */
  roll?: RolledDate & { direction: 'forward' | 'backward'; statutoryVia?: Citation };
  /** Years the count touched without official holiday data. */
  estimateYears: number[];
}

const UNIT_ZH: Record<PeriodUnit, string> = { workingDays: '个工作日', calendarDays: '日', months: '个月', years: '年', hours: '小时' };
const UNIT_EN: Record<PeriodUnit, [string, string]> = {
  workingDays: ['working day', 'working days'], calendarDays: ['day', 'days'], months: ['month', 'months'],
  years: ['year', 'years'], hours: ['hour', 'hours'],
};

function amount(locale: Locale, length: number, unit: PeriodUnit): string {
  if (locale === 'zh') return `${length} ${UNIT_ZH[unit]}`;
  const [one, many] = UNIT_EN[unit];
  return `${length} ${length === 1 ? one : many}`;
}

function head(i: DerivationInput): string {
  const at = i.startTime ? `${i.start} ${i.startTime}` : i.start;
  const zh = i.locale === 'zh';
  const op = i.direction === 'after' ? '+' : zh ? '往前' : '−';
  let text = `${at} ${i.startLabel} ${op} ${amount(i.locale, i.length, i.unit)}`;
  if (i.extension) text += zh ? ` + 延长 ${amount('zh', i.extension.length, i.extension.unit)}` : ` + extension of ${amount('en', i.extension.length, i.extension.unit)}`;
  return text;
}

function passedOver(i: DerivationInput): string {
  const zh = i.locale === 'zh';
  let text = '';
  const holidays = i.end.skippedHolidays.map((h) => holidayNameIn(h, i.locale));
  if (holidays.length) text += zh ? `，跳过${holidays.join('、')}假期` : `, skipping ${holidays.join(', ')} holiday`;
  const adjusted = i.end.adjustedWorkdays;
  if (adjusted.length) text += zh ? `，调休上班日 ${adjusted.join('、')} 计为工作日` : `, counting adjusted working day ${adjusted.join(', ')}`;
  return text;
}

/** Remarks on the raw last day, shown in one bracket: month end, unknown hour, rest day. */
function rawEndRemarks(i: DerivationInput): string[] {
  const zh = i.locale === 'zh';
  const remarks: string[] = [];
  if (i.end.monthEnd) remarks.push(zh ? '无对应日，取月末' : 'no corresponding day: month end');
  if (i.unit === 'hours' && !i.end.time) remarks.push(zh ? '未给出时刻，按日计' : 'start time not given: by day');
  if (i.roll) {
    const names = i.roll.restNames.map((n) => holidayNameIn(n, i.locale));
    if (zh) remarks.push(names.length ? `${names.join('、')}假期` : '休息日');
    else remarks.push(names.length ? `${names.join(', ')} holiday` : 'weekend');
  }
  return remarks;
}

function rawEnd(i: DerivationInput): string {
  const remarks = rawEndRemarks(i);
  const bracket = remarks.length ? (i.locale === 'zh' ? `（${remarks.join('；')}）` : ` (${remarks.join('; ')})`) : '';
  return ` → ${i.end.date}${i.end.time ? ` ${i.end.time}` : ''}${bracket}`;
}

function rollText(i: DerivationInput): string {
  const r = i.roll;
  if (!r) return '';
  const zh = i.locale === 'zh';
  if (r.direction === 'backward') return zh ? `，提前至 ${r.date}` : `, moved back to ${r.date}`;
  const via = r.statutoryVia ? formatCitation(r.statutoryVia) : undefined;
  const basis = zh
    ? via ? `依${via}适用民事诉讼法第八十五条` : '参照民事诉讼法第八十五条类推，待核实'
    : via ? `Civil Procedure Law Art. 85 applies via ${via}` : 'by analogy with Civil Procedure Law Art. 85, unverified';
  return zh ? `，顺延至 ${r.date}（${basis}）` : `, moved to ${r.date} (${basis})`;
}

function estimateText(i: DerivationInput): string {
  if (!i.estimateYears.length) return '';
  const years = i.estimateYears.join(i.locale === 'zh' ? '、' : ', ');
  return i.locale === 'zh'
    ? `；${years} 年尚无官方放假安排，按周末估算`
    : `; estimate: no official holiday arrangement for ${years} yet, weekends assumed`;
}

/**
 * The one-line derivation of a due date, in the reply's language.
 *
 * @example
 * // '2026-09-29 告知 + 5 个工作日，跳过国庆节假期，调休上班日 2026-10-10 计为工作日 → 2026-10-12'
 * // '2026-01-05 立案 + 90 日 → 2026-04-05（清明节假期），顺延至 2026-04-07（参照民事诉讼法第八十五条类推，待核实）'
 */
export function derive(input: DerivationInput): string {
  return head(input) + passedOver(input) + rawEnd(input) + rollText(input) + estimateText(input);
}
