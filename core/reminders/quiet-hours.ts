import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addDays, localDateOf } from '../calendar/local-date.js';
import { atLocal, localMinutes, minutes } from '../calendar/local-time.js';

/** "20:00-08:00": routine pushes wait outside this window; null: no deferral at all. */
export type QuietHours = { start: string; end: string } | null;

function inQuiet(mins: number, q: { start: string; end: string }): boolean {
  const s = minutes(q.start);
  const e = minutes(q.end);
  return s > e ? mins >= s || mins < e : mins >= s && mins < e;
}

/**
 * When a routine push may go out: `now` if it is a working day outside quiet hours; otherwise the
 * end of quiet hours on the next working day. Urgent pushes and `quietHours: none` go at once.
 * Deferral never drops a message; it only moves `notBefore`.
 *
 * @example sendableAt(new Date('2026-11-28T02:00:00Z'), q, cal, 'Asia/Shanghai') // Monday 08:00 (a Saturday night)
 */
export function sendableAt(now: Date, quiet: QuietHours, calendar: WorkingCalendar, timeZone: string, urgent = false): Date {
  if (urgent || !quiet) return now;
  const today = localDateOf(now, timeZone);
  const mins = localMinutes(now, timeZone);
  const working = calendar.isWorkingDay(today);
  const quietNow = inQuiet(mins, quiet);
  if (working && !quietNow) return now;
  // Still before the end of quiet hours on a working day (early morning): later today.
  let day = working && quietNow && mins < minutes(quiet.end) ? today : addDays(today, 1);
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return atLocal(day, quiet.end, timeZone);
}
