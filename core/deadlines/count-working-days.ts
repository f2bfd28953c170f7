import { addDays, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

/** What a working-day count passed over, for the derivation line. */
export interface WorkingDayCount {
  /** The day the count lands on (always a working day). */
  date: LocalDate;
  /** Holidays whose days off were skipped, in order met, without repeats (春节, 国庆节 …). */
  skippedHolidays: string[];
  /** Adjusted working weekend days (调休上班) that were counted. */
  adjustedWorkdays: LocalDate[];
}

/** Guards against a calendar with no working days at all (a broken knowledge file). */
const MAX_STEPS = 100_000;

/**
 * Counts `n` working days after (or before) `start`; the start day itself is not counted.
 * Rest days — official days off and weekends that are not 调休上班 — are skipped.
 *
 * @example
 * addWorkingDays(cal, '2026-09-29', 5).date;           // '2026-10-12' (国庆 skipped, 10-10 调休上班 counted)
 * addWorkingDays(cal, '2026-03-16', 7, 'before').date; // '2026-03-05'
 */
export function addWorkingDays(
  calendar: WorkingCalendar,
  start: LocalDate,
  n: number,
  direction: 'after' | 'before' = 'after',
): WorkingDayCount {
  const step = direction === 'after' ? 1 : -1;
  const skipped: string[] = [];
  const adjusted: LocalDate[] = [];
  let date = start;
  let counted = 0;
  for (let i = 0; counted < n; i++) {
    if (i > MAX_STEPS) throw new RangeError(`no working day found within ${MAX_STEPS} days of ${start}`);
    date = addDays(date, step);
    if (calendar.isWorkingDay(date)) {
      counted++;
      if (calendar.isAdjustedWorkday(date)) adjusted.push(date);
      continue;
    }
    const holiday = calendar.holidayName(date);
    if (holiday && !skipped.includes(holiday)) skipped.push(holiday);
  }
  return { date, skippedHolidays: skipped, adjustedWorkdays: adjusted };
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not later). With `atMost`,
 * counting stops once that many are found — enough to decide 临期 without walking a year.
 *
 * @example workingDaysBetween(cal, '2026-09-30', '2026-10-09'); // 2 (10-08, 10-09)
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: LocalDate, to: LocalDate, atMost = Infinity): number {
  let count = 0;
  for (let d = addDays(from, 1), i = 0; d <= to && count <= atMost; d = addDays(d, 1), i++) {
    if (i > MAX_STEPS) break;
    if (calendar.isWorkingDay(d)) count++;
  }
  return count;
}
