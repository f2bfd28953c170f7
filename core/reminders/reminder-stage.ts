import type { LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { workingDaysBetween } from '../deadlines/count-working-days.js';

/**
 * Where a due date stands for reminding: 临期 (3 and 1 working days before), 到期 (the day),
 * 超期 (after; repeated daily). The programme's rule (issue 4), not a statutory one.
 */
export type ReminderStage =
  | { kind: '临期'; workingDaysLeft: 3 | 1; key: string }
  | { kind: '到期'; key: string }
  | { kind: '超期'; workingDaysLate: number; key: string };

/** Warning points, in working days before the due date. */
export const WARNING_POINTS = [3, 1] as const;

/**
 * The stage a due date is in on `today`, or undefined when it is not yet in a warning window.
 * A date first seen inside the window (a case registered 2 working days before a due date) gets the
 * wider warning at once, so nothing that should have been said is skipped. `key` identifies the stage
 * for deduplication: a stage is sent once; 超期 once per day.
 *
 * @example reminderStage('2026-12-10', '2026-12-07', cal) // { kind: '临期', workingDaysLeft: 3, key: '临期-3' }
 */
export function reminderStage(due: LocalDate, today: LocalDate, calendar: WorkingCalendar): ReminderStage | undefined {
  if (today === due) return { kind: '到期', key: '到期' };
  if (today > due) {
    return { kind: '超期', workingDaysLate: workingDaysBetween(calendar, due, today), key: `超期-${today}` };
  }
  const left = workingDaysBetween(calendar, today, due, WARNING_POINTS[0]);
  if (left > WARNING_POINTS[0]) return undefined;
  const point = left > WARNING_POINTS[1] ? WARNING_POINTS[0] : WARNING_POINTS[1];
  return { kind: '临期', workingDaysLeft: point, key: `临期-${point}` };
}
