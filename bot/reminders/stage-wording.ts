import { daysBetween, type LocalDate } from '../../core/calendar/local-date.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { workingDaysBetween } from '../../core/deadlines/count-working-days.js';
import type { ReminderStage } from '../../core/reminders/reminder-stage.js';
import type { ItemFlag } from '../../core/reply/reply.js';

/** 临期 → 临期提醒: the bracketed word a reminder title starts with. */
export const STAGE_LABEL: Readonly<Record<ReminderStage['kind'], string>> = {
  临期: '临期提醒', 到期: '到期提醒', 超期: '超期提醒',
};

/** The flag a renderer shows for a stage. */
export const STAGE_FLAG: Readonly<Record<ReminderStage['kind'], ItemFlag>> = {
  临期: 'upcoming', 到期: 'due', 超期: 'overdue',
};

/**
 * How far the date is, as the title's parenthesis: （还剩 1 个工作日）, （今日到期）, （已超期 3 天）.
 * The days left are counted exactly (a date first seen 2 working days ahead says 2, not 3).
 */
export function stageDistance(stage: ReminderStage, due: LocalDate, today: LocalDate, calendar: WorkingCalendar): string {
  if (stage.kind === '到期') return '（今日到期）';
  if (stage.kind === '超期') return `（已超期 ${daysBetween(due, today)} 天）`;
  return `（还剩 ${workingDaysBetween(calendar, today, due)} 个工作日）`;
}
