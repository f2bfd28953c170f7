import type { CaseWithEvents } from '../../../adapters/store/repositories/case-records.js';
import { daysBetween } from '../../../core/calendar/local-date.js';
import type { WorkingCalendar } from '../../../core/calendar/working-calendar.js';
import { workingDaysBetween } from '../../../core/deadlines/count-working-days.js';

/**
 * The review facts a case's recorded events establish (dates and the steps taken). Everything the
 * events cannot tell (signatures, evidence, seals) stays unknown, and the review says so.
 */
export function caseReviewFacts(record: CaseWithEvents, calendar: WorkingCalendar): Record<string, unknown> {
  const first = (type: string) => record.events.find((e) => e.type === type)?.date;
  const filed = first('filed');
  const notified = first('notified');
  const decided = first('decided');
  const served = first('served');
  const facts: Record<string, unknown> = { filed: filed !== undefined };
  if (decided) {
    facts.noticeServed = notified !== undefined && notified <= decided;
    if (filed) facts.decisionDaysAfterFiling = daysBetween(filed, decided);
  }
  if (decided && served) facts.serviceWorkingDaysAfterDecision = workingDaysBetween(calendar, decided, served);
  if (record.events.some((e) => e.type === 'hearing')) facts.hearingHeld = true;
  return facts;
}
