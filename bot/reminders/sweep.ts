import { sweepCaseDeadlines } from './case-sweep.js';
import { sweepNoticeRemediation } from './notice-sweep.js';
import type { ReminderDeps } from './reminder-deps.js';
import { addCounts, type SweepCounts } from './sweep-counts.js';
import { sweepMoment } from './sweep-moment.js';

/** Options of runReminderSweep. */
export interface ReminderSweepOptions {
  /** Only this case's dates, and no notices (remindSoon after a registration or an event). */
  caseId?: string;
  /** Case dates per page; default 1 000. */
  batchSize?: number;
}

/**
 * One reminder sweep at `now`: every open case's stored `latest` date within the warning horizon
 * or overdue gets its stage (临期-3 / 临期-1 / 到期 / 超期 daily) claimed once in reminder_log and
 * pushed to the officer (direct message) and the unit's groups; supervision notices' remediation
 * deadlines likewise to the unit's groups (and the issuer once overdue); overdue items nobody
 * acknowledged within one working day escalate once to the unit's supervisors. Routine pushes
 * carry notBefore from quiet hours and rest days: deferred, never dropped. Safe to run again at
 * any time and concurrently: claims and delivery ids are deterministic.
 *
 * @example await runReminderSweep(deps, new Date()); // every minute, via scheduleReminderSweep
 */
export async function runReminderSweep(deps: ReminderDeps, now: Date, options: ReminderSweepOptions = {}): Promise<SweepCounts> {
  const moment = sweepMoment(now, deps.directory, deps.calendar);
  const cases = await sweepCaseDeadlines(deps, moment, options);
  if (options.caseId !== undefined) return cases;
  return addCounts(cases, await sweepNoticeRemediation(deps, moment));
}
