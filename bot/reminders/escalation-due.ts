import { addDays, type LocalDate } from '../../core/calendar/local-date.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { workingDaysBetween } from '../../core/deadlines/count-working-days.js';
import type { SweepMoment } from './sweep-moment.js';

/** The working day a reminder decided on `day` reached people: that day, or the next working day. */
export function deliveredOn(day: LocalDate, calendar: WorkingCalendar): LocalDate {
  let d = day;
  for (let i = 0; i < 60 && !calendar.isWorkingDay(d); i++) d = addDays(d, 1);
  return d;
}

/**
 * Whether an overdue item whose first 超期 reminder reached people on `firstOverdueOn` has waited
 * one whole working day for an acknowledgement (issue 4: "nobody acknowledged within one working
 * day … escalates"). It is decided only when the escalation could go out at once, so an
 * acknowledgement that arrives during quiet hours still counts.
 *
 * @example escalationDue('2026-12-09', sweepMoment(new Date('2026-12-10T01:00:00Z'), directory, cal), cal) // true
 */
export function escalationDue(firstOverdueOn: LocalDate, moment: SweepMoment, calendar: WorkingCalendar): boolean {
  if (!moment.sendableNow) return false;
  return workingDaysBetween(calendar, deliveredOn(firstOverdueOn, calendar), moment.today) >= 1;
}
