import type { LocalDate } from './local-date.js';

/**
 * Which days are working days (工作日), from the 国务院办公厅 holiday notices.
 *
 * - A day off of an official holiday (法定节假日放假) is a rest day.
 * - An adjusted working weekend day (调休上班) is a working day. legal-facts.md §2 flags that
 *   counting it as a 工作日 is common practice without statutory text (UNVERIFIED).
 * - In a year without official data, Saturday and Sunday are rest days and every other day
 *   works; `hasOfficialData(year)` is false so callers can say the answer is an estimate.
 *
 * @example
 * const cal = createWorkingCalendar(knowledge.calendarYears);
 * cal.isWorkingDay('2026-02-28');      // true  (调休上班 for 春节)
 * cal.holidayName('2026-10-01');       // '国庆节'
 * cal.hasOfficialData(2027);           // false until the 2027 notice is loaded
 */
export interface WorkingCalendar {
  isWorkingDay(date: LocalDate): boolean;
  /** The opposite of isWorkingDay: a weekend not adjusted, or an official day off. */
  isRestDay(date: LocalDate): boolean;
  /** true when an official arrangement for `year` is loaded. */
  hasOfficialData(year: number): boolean;
  /** The holiday a day off belongs to (春节, 国庆节 …), or undefined. */
  holidayName(date: LocalDate): string | undefined;
  /** true when a weekend day is an adjusted working day (调休上班). */
  isAdjustedWorkday(date: LocalDate): boolean;
  /** For an adjusted working day, the holiday it makes up for (春节 …), else undefined. */
  adjustedWorkdayFor(date: LocalDate): string | undefined;
  /** Years with official data, ascending. */
  officialYears(): number[];
}
