import { addDays, localDateOf, type LocalDate } from '../../core/calendar/local-date.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { addWorkingDays } from '../../core/deadlines/count-working-days.js';
import { sendableAt } from '../../core/reminders/quiet-hours.js';
import { reminderStage, WARNING_POINTS, type ReminderStage } from '../../core/reminders/reminder-stage.js';
import type { Directory } from '../config/directory.js';

/** Everything one sweep derives from `now` once, shared by every date it looks at. */
export interface SweepMoment {
  now: Date;
  /** 'YYYY-MM-DD' in the directory's time zone. */
  today: LocalDate;
  /** The last due date that can be in a warning window today: dates after it need no look. */
  horizon: LocalDate;
  /** When a routine push decided now may go out (quiet hours and rest days defer it). */
  notBefore: Date;
  /** true when a routine push could go out right now (working time, or quiet hours off). */
  sendableNow: boolean;
  /** reminderStage(due, today), memoised: 100 000 dates share a few hundred distinct days. */
  stageOf(due: LocalDate): ReminderStage | undefined;
}

/**
 * The moment of a sweep. The horizon is the day before the (first warning point + 1)-th working
 * day after today: any date up to it is at most 3 working days ahead, across any holiday.
 */
export function sweepMoment(now: Date, directory: Pick<Directory, 'timezone' | 'quietHours'>, calendar: WorkingCalendar): SweepMoment {
  const today = localDateOf(now, directory.timezone);
  const horizon = addDays(addWorkingDays(calendar, today, WARNING_POINTS[0] + 1).date, -1);
  const notBefore = sendableAt(now, directory.quietHours, calendar, directory.timezone);
  const stages = new Map<LocalDate, ReminderStage | undefined>();
  return {
    now, today, horizon, notBefore,
    sendableNow: notBefore.getTime() <= now.getTime(),
    stageOf(due) {
      if (!stages.has(due)) stages.set(due, reminderStage(due, today, calendar));
      return stages.get(due);
    },
  };
}
