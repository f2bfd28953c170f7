import { compareDates, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Locale } from '../reply/reply.js';
import { workingDaysBetween } from './count-working-days.js';
import type { DeadlineStatus } from './due-date.js';

/** A latest-date is 临期 when it falls within this many working days after today. */
export const DEFAULT_WARN_WORKING_DAYS = 3;

/** Inputs of deadlineStatus. */
export interface StatusInput {
  due: LocalDate;
  today: LocalDate;
  kind: 'latest' | 'earliest';
  calendar: WorkingCalendar;
  warnWorkingDays?: number;
}

/**
 * Where a due date stands today. `latest`: 超期 after it, 到期 on it, 临期 when it is at most
 * `warnWorkingDays` (default 3) working days ahead, else 未到期. `earliest` (a day from which
 * something is allowed): 未到期 before it, 到期 from it on.
 *
 * @example
 * deadlineStatus({ due: '2026-10-12', today: '2026-10-08', kind: 'latest', calendar }); // '临期' (10-09, 10-10, 10-12)
 */
export function deadlineStatus(input: StatusInput): DeadlineStatus {
  const order = compareDates(input.today, input.due);
  if (input.kind === 'earliest') return order < 0 ? '未到期' : '到期';
  if (order > 0) return '超期';
  if (order === 0) return '到期';
  const warn = input.warnWorkingDays ?? DEFAULT_WARN_WORKING_DAYS;
  return workingDaysBetween(input.calendar, input.today, input.due, warn) <= warn ? '临期' : '未到期';
}

const LABELS_EN: Record<DeadlineStatus, string> = {
  未到期: 'not yet due', 临期: 'due soon', 到期: 'due today', 超期: 'overdue', 已完成: 'done',
};

/**
 * A status in the reply's language. For an `earliest` date, 到期 reads "open from" in English.
 * @example statusLabel('超期', 'en'); // 'overdue'
 */
export function statusLabel(status: DeadlineStatus, locale: Locale, kind: 'latest' | 'earliest' = 'latest'): string {
  if (locale === 'zh') return kind === 'earliest' && status === '到期' ? '已可办理' : status;
  return kind === 'earliest' && status === '到期' ? 'open' : LABELS_EN[status];
}
