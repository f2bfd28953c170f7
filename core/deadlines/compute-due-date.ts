import { formatCitation, uniqueCitations, type Citation } from '../citation/citation.js';
import { compareDates, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { DeadlineRule, PeriodUnit } from '../knowledge/schema/deadline-rule-schema.js';
import type { Locale } from '../reply/reply.js';
import { addPeriod, type PeriodEnd } from './add-period.js';
import type { CaseEvent } from './case-event.js';
import {
  ADJUSTED_WORKDAY_NOTE_EN, ADJUSTED_WORKDAY_NOTE_ZH, MONTH_END_BY_ANALOGY, ROLL_FORWARD_BY_ANALOGY, ROLL_FORWARD_STATUTORY,
} from './counting-citations.js';
import { deadlineStatus } from './deadline-status.js';
import { derive, type DerivationInput } from './derive.js';
import type { DueDate, DueDateExtension } from './due-date.js';
import { estimateYears } from './estimate-years.js';
import { findExtension } from './find-extension.js';
import { rollToWorkingDay } from './roll-forward.js';

/** Where one rule's counting starts. */
export interface RuleStart {
  /** Event id that started the chain. */
  trigger: string;
  date: LocalDate;
  time?: string;
  /** What happened on `date`, in the reply's language: '告知', '缴纳罚款期限届满'. */
  label: string;
  /** Years without official data met by an earlier rule of the chain. */
  inheritedEstimateYears?: number[];
  /** An earlier rule of the chain rests on an unverified source or convention. */
  inheritedUnverified?: boolean;
}

/** The case and settings every rule is computed against. */
export interface DueDateContext {
  calendar: WorkingCalendar;
  today: LocalDate;
  events: readonly CaseEvent[];
  locale: Locale;
  warnWorkingDays?: number;
  extensionEvent: string;
}

const CALENDAR_UNITS: readonly PeriodUnit[] = ['calendarDays', 'months', 'years'];

interface Counted {
  end: PeriodEnd;
  extension?: DueDateExtension;
  remarks: string[];
}

/** The raw end of the rule's period, plus an extension when a 延期 event applies. */
function countPeriod(rule: DeadlineRule, start: RuleStart, ctx: DueDateContext): Counted {
  const end = addPeriod(ctx.calendar, start.date, rule.length, rule.unit, rule.direction, start.time);
  const ext = rule.extension;
  if (!ext) return { end, remarks: [] };
  const info: DueDateExtension = { length: ext.length, unit: ext.unit, requires: ext.requires, basis: formatCitation(ext.citation), applied: false };
  const match = findExtension(rule, ctx.events, start.date, end.date, ctx.extensionEvent);
  if (match.late) {
    const zh = `延期（${match.late.date}）晚于原期限届满日 ${end.date}，未计入。`;
    const en = `The extension of ${match.late.date} came after the period ended on ${end.date} and was not counted.`;
    return { end, extension: info, remarks: [ctx.locale === 'zh' ? zh : en] };
  }
  if (!match.applied) return { end, extension: info, remarks: [] };
  const more = addPeriod(ctx.calendar, end.date, ext.length, ext.unit, 'after', end.time);
  const merged: PeriodEnd = {
    ...more,
    skippedHolidays: [...new Set([...end.skippedHolidays, ...more.skippedHolidays])],
    adjustedWorkdays: [...end.adjustedWorkdays, ...more.adjustedWorkdays],
  };
  return { end: merged, extension: { ...info, applied: true, on: match.applied.date }, remarks: [] };
}

/** Moves a last day off a rest day where the conventions say so; undefined when it stays. */
function roll(rule: DeadlineRule, end: PeriodEnd, calendar: WorkingCalendar): DerivationInput['roll'] {
  if (rule.kind !== 'latest' || !CALENDAR_UNITS.includes(rule.unit)) return undefined;
  const direction = rule.direction === 'after' ? 'forward' : 'backward';
  const moved = rollToWorkingDay(calendar, end.date, direction);
  if (!moved.rolled) return undefined;
  return { ...moved, direction, statutoryVia: direction === 'forward' ? rule.unitBasis : undefined };
}

/** The first event that satisfies the rule, on or after its start. */
function satisfying(rule: DeadlineRule, start: LocalDate, events: readonly CaseEvent[]): CaseEvent | undefined {
  if (!rule.satisfiedBy) return undefined;
  return events
    .filter((e) => e.type === rule.satisfiedBy && (rule.direction === 'before' || compareDates(e.date, start) >= 0))
    .sort((a, b) => compareDates(a.date, b.date))[0];
}

function citationsFor(rule: DeadlineRule, counted: Counted, rolled: DerivationInput['roll']): Citation[] {
  const list: Citation[] = [rule.citation];
  if (rule.unitBasis) list.push(rule.unitBasis);
  if (counted.extension?.applied && rule.extension) list.push(rule.extension.citation);
  if (rolled?.direction === 'forward') list.push(rolled.statutoryVia ? ROLL_FORWARD_STATUTORY : ROLL_FORWARD_BY_ANALOGY);
  if (counted.end.monthEnd) list.push(MONTH_END_BY_ANALOGY);
  return uniqueCitations(list);
}

function completionRemark(done: CaseEvent, due: LocalDate, kind: DeadlineRule['kind'], locale: Locale): string | undefined {
  if (kind !== 'latest' || compareDates(done.date, due) <= 0) return undefined;
  return locale === 'zh' ? `已于 ${done.date} 完成，晚于期限 ${due}。` : `Done on ${done.date}, after the due date ${due}.`;
}

function remarksFor(rule: DeadlineRule, counted: Counted, done: CaseEvent | undefined, due: LocalDate, locale: Locale): string | undefined {
  const zh = locale === 'zh';
  const remarks = [
    rule.note,
    counted.end.adjustedWorkdays.length ? (zh ? `${ADJUSTED_WORKDAY_NOTE_ZH}。` : `Note: ${ADJUSTED_WORKDAY_NOTE_EN}.`) : undefined,
    ...counted.remarks,
    done ? completionRemark(done, due, rule.kind, locale) : undefined,
  ].filter((r): r is string => Boolean(r));
  return remarks.length ? remarks.join(zh ? '' : ' ') : undefined;
}

/**
 * Computes one rule's due date from a start: counts the period, applies an extension, rolls a
 * calendar-period end off a rest day, and states status, derivation and sources.
 *
 * @example
 * computeDueDate(hearingRequestRule, { trigger: 'notified', date: '2026-09-29', label: '告知' }, ctx).due; // '2026-10-12'
 */
export function computeDueDate(rule: DeadlineRule, start: RuleStart, ctx: DueDateContext): DueDate {
  const counted = countPeriod(rule, start, ctx);
  const rolled = roll(rule, counted.end, ctx.calendar);
  const due = rolled?.date ?? counted.end.date;
  const years = [...new Set([...(start.inheritedEstimateYears ?? []), ...estimateYears(ctx.calendar, start.date, due)])].sort((a, b) => a - b);
  const citations = citationsFor(rule, counted, rolled);
  const done = satisfying(rule, start.date, ctx.events);
  const result: DueDate = {
    rule: rule.id, title: ctx.locale === 'zh' ? rule.title : rule.titleEn, trigger: start.trigger, start: start.date, due,
    kind: rule.kind, direction: rule.direction, basis: formatCitation(rule.citation), citations,
    estimate: years.length > 0,
    unverified: Boolean(start.inheritedUnverified) || citations.some((c) => !c.verified) || counted.end.adjustedWorkdays.length > 0,
    derivation: derive({
      locale: ctx.locale, start: start.date, startTime: start.time, startLabel: start.label, length: rule.length,
      unit: rule.unit, direction: rule.direction, extension: counted.extension?.applied ? counted.extension : undefined,
      end: counted.end, roll: rolled, estimateYears: years,
    }),
    status: done ? '已完成' : deadlineStatus({ due, today: ctx.today, kind: rule.kind, calendar: ctx.calendar, warnWorkingDays: ctx.warnWorkingDays }),
  };
  if (years.length) result.estimateYears = years;
  if (counted.end.time && !rolled) result.dueTime = counted.end.time;
  if (done) result.completedOn = done.date;
  if (counted.extension) result.extension = counted.extension;
  const note = remarksFor(rule, counted, done, due, ctx.locale);
  if (note) result.note = note;
  return result;
}
