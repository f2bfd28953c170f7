import { CaseDeadlineRepository } from '../../adapters/store/repositories/case-deadline-repository.js';
import { CaseRepository } from '../../adapters/store/repositories/case-repository.js';
import type { CaseEventRecord } from '../../adapters/store/repositories/case-records.js';
import type { CaseEvent } from '../../core/deadlines/case-event.js';
import { computeDeadlines } from '../../core/deadlines/compute-deadlines.js';
import type { ReminderDeps } from './reminder-deps.js';

/** What a recompute did: the number of dates stored (0 for a closed or unknown case). */
export interface RecomputeResult {
  caseId: string;
  stored: number;
  closed: boolean;
}

function toCaseEvent(e: CaseEventRecord): CaseEvent {
  return { type: e.type, date: e.date, ...(e.time ? { time: e.time } : {}), ...(e.rule ? { rule: e.rule } : {}) };
}

/**
 * Recomputes a case's due dates from its events and stores them (case_deadlines), so the sweep
 * reads dates instead of recomputing 100 000 cases a minute. Call after every registration and
 * recorded event (a new 告知, an approved 延期 …); idempotent. A closed (结案) or unknown case
 * loses its dates: it stops reminding. `earliest` dates are stored for display, never reminded.
 */
export async function recomputeCaseDeadlines(
  deps: Pick<ReminderDeps, 'db' | 'knowledge' | 'calendar' | 'directory' | 'now'>, caseId: string,
): Promise<RecomputeResult> {
  const dates = new CaseDeadlineRepository(deps.db, { now: deps.now });
  const record = await new CaseRepository(deps.db).findById(caseId);
  if (!record || record.status === 'closed') {
    await dates.deleteForCase(caseId);
    return { caseId, stored: 0, closed: record?.status === 'closed' };
  }
  const dueDates = computeDeadlines({
    events: record.events.map(toCaseEvent),
    rules: deps.knowledge.deadlineRules,
    eventTypes: deps.knowledge.events,
    calendar: deps.calendar,
    now: deps.now(),
    timeZone: deps.directory.timezone,
  });
  await dates.replaceForCase(caseId, dueDates);
  return { caseId, stored: dueDates.length, closed: false };
}
