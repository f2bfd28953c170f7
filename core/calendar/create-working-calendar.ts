import { ValidationError } from '../errors/validation-error.js';
import type { CalendarYear } from '../knowledge/schema/calendar-year-schema.js';
import { addDays, compareDates, isLocalDate, isWeekend, type LocalDate } from './local-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Longest holiday block we accept; a range longer than this is a typo in a knowledge file. */
const MAX_HOLIDAY_DAYS = 31;

function checkDate(date: string, where: string): void {
  if (!isLocalDate(date)) throw new ValidationError(`calendar ${where}: "${date}" is not a date`, [where]);
}

/** Every day of an inclusive range, validated. */
function daysOf(from: LocalDate, to: LocalDate, where: string): LocalDate[] {
  checkDate(from, where);
  checkDate(to, where);
  if (compareDates(from, to) > 0) throw new ValidationError(`calendar ${where}: ${from} is after ${to}`, [where]);
  const days: LocalDate[] = [];
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) {
    days.push(d);
    if (days.length > MAX_HOLIDAY_DAYS) throw new ValidationError(`calendar ${where}: range longer than ${MAX_HOLIDAY_DAYS} days`, [where]);
  }
  return days;
}

/**
 * Builds a WorkingCalendar from the official holiday arrangements in `knowledge/calendar/`.
 * Later entries win for the same day, so a correction file can override one day.
 *
 * @example
 * const cal = createWorkingCalendar([{ year: 2026, source: 'GOV26', holidays: [{ name: '国庆节', from: '2026-10-01', to: '2026-10-07' }], workdays: [{ date: '2026-10-10', for: '国庆节' }] }]);
 * cal.isRestDay('2026-10-05');   // true
 * cal.isWorkingDay('2026-10-10'); // true (Saturday, 调休上班)
 */
export function createWorkingCalendar(calendarYears: readonly CalendarYear[]): WorkingCalendar {
  const daysOff = new Map<LocalDate, string>();
  const workdays = new Map<LocalDate, string>();
  const years = new Set<number>();
  for (const cy of calendarYears) {
    years.add(cy.year);
    for (const h of cy.holidays) {
      for (const d of daysOf(h.from, h.to, `${cy.year} ${h.name}`)) {
        daysOff.set(d, h.name);
        workdays.delete(d);
      }
    }
    for (const w of cy.workdays) {
      checkDate(w.date, `${cy.year} workday`);
      workdays.set(w.date, w.for);
      daysOff.delete(w.date);
    }
  }
  const isWorkingDay = (date: LocalDate): boolean => {
    if (workdays.has(date)) return true;
    if (daysOff.has(date)) return false;
    return !isWeekend(date);
  };
  const sortedYears = [...years].sort((a, b) => a - b);
  return {
    isWorkingDay,
    isRestDay: (date) => !isWorkingDay(date),
    hasOfficialData: (year) => years.has(year),
    holidayName: (date) => daysOff.get(date),
    isAdjustedWorkday: (date) => workdays.has(date) && isWeekend(date),
    adjustedWorkdayFor: (date) => (isWeekend(date) ? workdays.get(date) : undefined),
    officialYears: () => [...sortedYears],
  };
}
