import { addDays, addMonths, addYears, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { ValidationError } from '../errors/validation-error.js';
import type { PeriodUnit } from '../knowledge/schema/deadline-rule-schema.js';
import { addWorkingDays } from './count-working-days.js';

/** The raw end of a period, before any roll-forward, with what the count passed over. */
export interface PeriodEnd {
  date: LocalDate;
  /** 'HH:mm' for a period in hours when the start time was given. */
  time?: string;
  skippedHolidays: string[];
  adjustedWorkdays: LocalDate[];
  /** Month/year period that ended on a month's last day because the corresponding day does not exist. */
  monthEnd: boolean;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTES_PER_DAY = 1440;

/** true for 'HH:mm' (00:00 … 23:59). */
export function isTimeOfDay(value: string): boolean {
  return TIME.test(value);
}

function addHours(start: LocalDate, hours: number, time: string | undefined): PeriodEnd {
  const base = { skippedHolidays: [], adjustedWorkdays: [], monthEnd: false };
  if (time === undefined) {
    // Without the hour of the start we can only name the day the period runs out on.
    return { ...base, date: addDays(start, Math.sign(hours) * Math.ceil(Math.abs(hours) / 24)) };
  }
  const match = TIME.exec(time);
  if (!match) throw new ValidationError(`time "${time}" is not HH:mm`, ['time']);
  const total = Number(match[1]) * 60 + Number(match[2]) + hours * 60;
  const days = Math.floor(total / MINUTES_PER_DAY);
  const rest = total - days * MINUTES_PER_DAY;
  const hh = String(Math.floor(rest / 60)).padStart(2, '0');
  const mm = String(rest % 60).padStart(2, '0');
  return { ...base, date: addDays(start, days), time: `${hh}:${mm}` };
}

function sameDayOfMonth(a: LocalDate, b: LocalDate): boolean {
  return a.slice(8) === b.slice(8);
}

/**
 * Adds a period to `start` (not counted): working days skip rest days; calendar days, months and
 * years count every day (months and years per 民法典 第二百零三条: the corresponding day, or the
 * month's last day); hours need `time` for an exact end. `before` counts back.
 *
 * @example
 * addPeriod(cal, '2026-01-05', 90, 'calendarDays').date; // '2026-04-05' (raw; roll-forward is separate)
 * addPeriod(cal, '2026-08-31', 6, 'months');             // { date: '2027-02-28', monthEnd: true, … }
 */
export function addPeriod(
  calendar: WorkingCalendar,
  start: LocalDate,
  length: number,
  unit: PeriodUnit,
  direction: 'after' | 'before' = 'after',
  time?: string,
): PeriodEnd {
  const sign = direction === 'after' ? 1 : -1;
  const plain = (date: LocalDate, monthEnd = false): PeriodEnd => ({ date, skippedHolidays: [], adjustedWorkdays: [], monthEnd });
  switch (unit) {
    case 'workingDays': {
      const count = addWorkingDays(calendar, start, length, direction);
      return { ...count, monthEnd: false };
    }
    case 'calendarDays':
      return plain(addDays(start, sign * length));
    case 'months': {
      const date = addMonths(start, sign * length);
      return plain(date, !sameDayOfMonth(date, start));
    }
    case 'years': {
      const date = addYears(start, sign * length);
      return plain(date, !sameDayOfMonth(date, start));
    }
    case 'hours':
      return addHours(start, sign * length, time);
  }
}
