import { compareDates, yearOf, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

/**
 * Years from `a` to `b` (either order, inclusive) without an official holiday arrangement.
 * A non-empty answer makes a due date an estimate.
 *
 * @example estimateYears(cal, '2026-08-31', '2027-03-01'); // [2027] while only 2025 and 2026 are loaded
 */
export function estimateYears(calendar: WorkingCalendar, a: LocalDate, b: LocalDate): number[] {
  const [from, to] = compareDates(a, b) <= 0 ? [a, b] : [b, a];
  const years: number[] = [];
  for (let y = yearOf(from); y <= yearOf(to); y++) if (!calendar.hasOfficialData(y)) years.push(y);
  return years;
}
