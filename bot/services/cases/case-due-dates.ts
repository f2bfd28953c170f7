import type { CaseWithEvents } from '../../../adapters/store/repositories/case-records.js';
import { computeDeadlines } from '../../../core/deadlines/compute-deadlines.js';
import type { DueDate } from '../../../core/deadlines/due-date.js';
import type { ServiceDeps } from '../service-deps.js';
import { todayOf } from './today.js';

/** A case's due dates from its recorded events (the same engine as chat questions). */
export function caseDueDates(deps: Pick<ServiceDeps, 'knowledge' | 'calendar' | 'now' | 'directory'>, record: CaseWithEvents): DueDate[] {
  if (record.events.length === 0) return [];
  return computeDeadlines({
    events: record.events.map((e) => ({ type: e.type, date: e.date, ...(e.time ? { time: e.time } : {}), ...(e.rule ? { rule: e.rule } : {}) })),
    rules: deps.knowledge.deadlineRules,
    eventTypes: deps.knowledge.events,
    calendar: deps.calendar,
    now: todayOf(deps),
  });
}

/** The next open 'act by' date of a case, for lists. */
export function nextDue(dates: DueDate[]): DueDate | undefined {
  return dates
    .filter((d) => d.kind === 'latest' && d.status !== '已完成')
    .sort((a, b) => a.due.localeCompare(b.due))[0];
}
