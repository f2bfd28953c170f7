import { compareDates, localDateOf, parseLocalDate, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { ValidationError } from '../errors/validation-error.js';
import type { DeadlineRule } from '../knowledge/schema/deadline-rule-schema.js';
import type { EventType } from '../knowledge/schema/event-type-schema.js';
import type { Locale } from '../reply/reply.js';
import { isTimeOfDay } from './add-period.js';
import type { CaseEvent } from './case-event.js';
import { computeDueDate, type DueDateContext, type RuleStart } from './compute-due-date.js';
import type { DueDate } from './due-date.js';

/** Inputs of computeDeadlines. Nothing here is read from the clock or the environment. */
export interface ComputeDeadlinesInput {
  /** The case's events (立案, 告知 …) by event id. For several of one type the latest counts. */
  events: readonly CaseEvent[];
  rules: readonly DeadlineRule[];
  calendar: WorkingCalendar;
  /** The moment statuses are judged at: an instant (converted in `timeZone`) or a local date. */
  now: Date | LocalDate;
  /** Default Asia/Shanghai. */
  timeZone?: string;
  /** The event catalogue, for names in derivations; without it event ids are shown. */
  eventTypes?: readonly EventType[];
  /** Language of titles and derivations; default 'zh'. */
  locale?: Locale;
  /** 临期 threshold in working days; default 3. */
  warnWorkingDays?: number;
  /** Event id of an extension (延期); default 'extended'. */
  extensionEvent?: string;
}

function checkEvents(events: readonly CaseEvent[]): void {
  for (const e of events) {
    parseLocalDate(e.date, `event ${e.type}`);
    if (e.time !== undefined && !isTimeOfDay(e.time)) throw new ValidationError(`event ${e.type}: time "${e.time}" is not HH:mm`, [`${e.type}.time`]);
  }
}

/** The latest event of each type (a later 告知 replaces an earlier one). */
function latestByType(events: readonly CaseEvent[]): Map<string, CaseEvent> {
  const latest = new Map<string, CaseEvent>();
  for (const e of events) {
    const seen = latest.get(e.type);
    if (!seen || compareDates(e.date, seen.date) >= 0) latest.set(e.type, e);
  }
  return latest;
}

function eventLabel(id: string, types: readonly EventType[] | undefined, locale: Locale): string {
  const type = types?.find((t) => t.id === id);
  if (!type) return id;
  return locale === 'zh' ? type.name : type.nameEn;
}

/** '提起行政诉讼期限（六个月）' → '提起行政诉讼期限届满'; an earliest-date rule is named as is. */
function chainLabel(parent: DeadlineRule, locale: Locale): string {
  if (locale === 'en') return parent.kind === 'latest' ? `end of "${parent.titleEn}"` : `"${parent.titleEn}"`;
  const short = parent.title.replace(/（[^）]*）$/, '');
  return parent.kind === 'latest' ? `${short}届满` : short;
}

interface Resolver {
  resolve(rule: DeadlineRule, path: string[]): DueDate | undefined;
}

/** Resolves rules with memo: a root rule from its trigger event, a chained rule from its parent's due date. */
function createResolver(input: ComputeDeadlinesInput, ctx: DueDateContext): Resolver {
  const latest = latestByType(input.events);
  const byId = new Map(input.rules.map((r) => [r.id, r]));
  const memo = new Map<string, DueDate | undefined>();

  const startOf = (rule: DeadlineRule, path: string[]): RuleStart | undefined => {
    const event = latest.get(rule.trigger);
    if (!event) return undefined;
    if (!rule.after) return { trigger: rule.trigger, date: event.date, time: event.time, label: eventLabel(rule.trigger, input.eventTypes, ctx.locale) };
    const parentRule = byId.get(rule.after);
    const parent = parentRule && resolver.resolve(parentRule, path);
    if (!parentRule || !parent || parent.status === '已完成') return undefined;
    return {
      trigger: parent.trigger, date: parent.due, time: parent.dueTime,
      label: chainLabel(parentRule, ctx.locale),
      inheritedEstimateYears: parent.estimateYears, inheritedUnverified: parent.unverified,
    };
  };

  const resolver: Resolver = {
    resolve(rule, path) {
      if (memo.has(rule.id)) return memo.get(rule.id);
      if (path.includes(rule.id)) throw new ValidationError(`deadline rules form a cycle: ${[...path, rule.id].join(' → ')}`, path);
      const start = startOf(rule, [...path, rule.id]);
      const result = start && computeDueDate(rule, start, ctx);
      memo.set(rule.id, result);
      return result;
    },
  };
  return resolver;
}

/**
 * Turns a case's events into due dates: every rule whose trigger event happened, chained rules
 * (`after`) from their parent's due date, each with its citation, status on `now`, a one-line
 * derivation and `estimate` when a counted year has no official holiday data.
 *
 * Conventions: the start day is not counted; working-day periods skip rest days (official days
 * off and weekends that are not 调休上班); a calendar-day/month/year period whose last day is a
 * rest day ends on the next working day (民事诉讼法 第八十五条 by analogy — flagged 待核实 unless
 * the rule's unitBasis makes it statutory); a `satisfiedBy` event marks the rule 已完成; a chained
 * rule whose parent is 已完成 is left out.
 *
 * @example
 * computeDeadlines({
 *   events: [{ type: 'filed', date: '2026-01-05' }],
 *   rules: knowledge.deadlineRules, calendar, now: '2026-03-01', eventTypes: knowledge.events,
 * })[0];
 * // { rule: 'decision-period', due: '2026-04-07', status: '未到期',
 * //   derivation: '2026-01-05 立案 + 90 日 → 2026-04-05（清明节假期），顺延至 2026-04-07（参照民事诉讼法第八十五条类推，待核实）', … }
 */
export function computeDeadlines(input: ComputeDeadlinesInput): DueDate[] {
  checkEvents(input.events);
  const locale = input.locale ?? 'zh';
  const today = typeof input.now === 'string' ? parseLocalDate(input.now, 'now') : localDateOf(input.now, input.timeZone);
  const ctx: DueDateContext = {
    calendar: input.calendar, today, events: input.events, locale,
    warnWorkingDays: input.warnWorkingDays, extensionEvent: input.extensionEvent ?? 'extended',
  };
  const resolver = createResolver(input, ctx);
  const order = new Map(input.rules.map((r, i) => [r.id, i]));
  return input.rules
    .map((rule) => resolver.resolve(rule, []))
    .filter((d): d is DueDate => d !== undefined)
    .sort((a, b) => compareDates(a.due, b.due) || order.get(a.rule)! - order.get(b.rule)!);
}
