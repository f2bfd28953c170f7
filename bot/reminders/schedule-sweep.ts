import type { JobRunner } from '../delivery/job-runner.js';
import { recomputeCaseDeadlines } from './recompute-case-deadlines.js';
import type { ReminderDeps } from './reminder-deps.js';
import { runReminderSweep } from './sweep.js';
import type { SweepCounts } from './sweep-counts.js';

/** The periodic task's name (a BullMQ job scheduler id in scaled mode). */
export const REMINDER_SWEEP_TASK = 'reminder-sweep';

// Every minute: "a case registered inside a warning window is reminded within a minute" (issue 4)
// also holds for dates that enter a window while nobody touches the case.
export const REMINDER_SWEEP_EVERY_MS = 60_000;

/**
 * Registers the sweep with the runner (once across the cluster in scaled mode). A failing run is
 * logged by the runner and the next one still happens.
 */
export async function scheduleReminderSweep(deps: ReminderDeps & { runner: Pick<JobRunner, 'enqueue' | 'schedulePeriodic'> }): Promise<void> {
  await deps.runner.schedulePeriodic(REMINDER_SWEEP_TASK, REMINDER_SWEEP_EVERY_MS, async () => {
    const counts = await runReminderSweep(deps, deps.now());
    if (counts.reminders + counts.escalations > 0) deps.logger?.info({ ...counts }, 'reminder sweep');
  });
}

/**
 * After a case's events change: recompute its dates, then sweep that case at once, so a case
 * registered inside a warning window is reminded now, not at the next minute. The services'
 * `onCaseChanged`.
 *
 * @example const onCaseChanged = (caseId: string) => remindSoon(deps, caseId).then(() => undefined);
 */
export async function remindSoon(deps: ReminderDeps, caseId: string): Promise<SweepCounts> {
  await recomputeCaseDeadlines(deps, caseId);
  return runReminderSweep(deps, deps.now(), { caseId });
}
