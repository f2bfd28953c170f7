import { addDays, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

/** Result of moving a last day off a rest day. */
export interface RolledDate {
  date: LocalDate;
  /** true when `date` differs from the input. */
  rolled: boolean;
  /** Holidays the input day and the skipped days belong to (empty for a plain weekend). */
  restNames: string[];
}

/** A run of rest days is never longer than a few weeks; this only guards a broken calendar. */
const MAX_ROLL_DAYS = 60;

/**
 * Moves `date` to the nearest working day in `direction` when it is a rest day.
 * 'forward' is the end-of-period rule (民事诉讼法 第八十五条: a last day on a 法定休假日 ends the
 * period on the first day after it); 'backward' is for periods counted back before an event,
 * where acting earlier is the safe side.
 *
 * @example
 * rollToWorkingDay(cal, '2026-04-05', 'forward'); // { date: '2026-04-07', rolled: true, restNames: ['清明节'] }
 */
export function rollToWorkingDay(
  calendar: WorkingCalendar,
  date: LocalDate,
  direction: 'forward' | 'backward' = 'forward',
): RolledDate {
  const step = direction === 'forward' ? 1 : -1;
  const restNames: string[] = [];
  let current = date;
  for (let i = 0; calendar.isRestDay(current); i++) {
    if (i > MAX_ROLL_DAYS) throw new RangeError(`no working day within ${MAX_ROLL_DAYS} days of ${date}`);
    const holiday = calendar.holidayName(current);
    if (holiday && !restNames.includes(holiday)) restNames.push(holiday);
    current = addDays(current, step);
  }
  return { date: current, rolled: current !== date, restNames };
}
