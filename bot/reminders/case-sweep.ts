import { CaseDeadlineRepository, type ReminderMark } from '../../adapters/store/repositories/case-deadline-repository.js';
import type { DueCaseDeadline } from '../../adapters/store/repositories/case-deadline-records.js';
import { reminderKey } from '../../adapters/store/repositories/reminder-log-repository.js';
import { localDateOf } from '../../core/calendar/local-date.js';
import { caseReminderDecision } from './case-decisions.js';
import { planCaseEscalations } from './case-escalation.js';
import { commitDecisions } from './commit-decisions.js';
import { escalationDue } from './escalation-due.js';
import type { ReminderDecision } from './reminder-decision.js';
import type { ReminderDeps } from './reminder-deps.js';
import { emptyCounts, type SweepCounts } from './sweep-counts.js';
import type { SweepMoment } from './sweep-moment.js';

/** Options of sweepCaseDeadlines. */
export interface CaseSweepOptions {
  /** Only this case (remindSoon after a registration). */
  caseId?: string;
  /** Dates per page; default 1 000. */
  batchSize?: number;
}

interface PagePlan {
  decisions: ReminderDecision[];
  marks: ReminderMark[];
  escalations: DueCaseDeadline[];
}

/** Splits a page into new reminders (stage changed since the last claim) and escalation candidates. */
function planPage(deps: ReminderDeps, moment: SweepMoment, page: readonly DueCaseDeadline[]): PagePlan {
  const plan: PagePlan = { decisions: [], marks: [], escalations: [] };
  const deliveredOn = localDateOf(moment.notBefore, deps.directory.timezone);
  for (const row of page) {
    const stage = moment.stageOf(row.due);
    if (!stage) continue;
    if (row.remindedStage !== stage.key) {
      plan.decisions.push(caseReminderDecision(deps, moment, row, stage));
      plan.marks.push({ caseId: row.caseId, rule: row.rule, stage: stage.key, ...(stage.kind === '超期' && { firstOverdueOn: deliveredOn }) });
    }
    if (stage.kind === '超期' && row.escalation === null && row.firstOverdueOn !== null
      && escalationDue(row.firstOverdueOn, moment, deps.calendar)) {
      plan.escalations.push(row);
    }
  }
  return plan;
}

/**
 * Reminds every open case's `latest` date that is in a warning window today, page by page:
 * a stage already claimed for a date is skipped without touching reminder_log, so a sweep
 * that finds nothing new only reads. Overdue dates nobody acknowledged escalate. Each page's
 * reminders, escalations and progress marks are committed together.
 */
export async function sweepCaseDeadlines(deps: ReminderDeps, moment: SweepMoment, options: CaseSweepOptions = {}): Promise<SweepCounts> {
  const counts = emptyCounts();
  const repo = new CaseDeadlineRepository(deps.db, { now: () => moment.now });
  const pages = repo.dueWithin(moment.horizon, {
    ...(options.caseId !== undefined && { caseId: options.caseId }),
    ...(options.batchSize !== undefined && { batchSize: options.batchSize }),
  });
  for await (const page of pages) {
    counts.scanned += page.length;
    const plan = planPage(deps, moment, page);
    const escalation = await planCaseEscalations(deps, moment, plan.escalations);
    if (plan.decisions.length === 0 && plan.escalations.length === 0) continue;
    const claimed = await commitDecisions(deps, moment.now, [...plan.decisions, ...escalation.decisions], async (trx) => {
      await new CaseDeadlineRepository(trx, { now: () => moment.now }).markReminded(plan.marks);
      await escalation.record(trx);
    });
    counts.reminders += countClaimed(plan.decisions, claimed);
    counts.escalations += countClaimed(escalation.decisions, claimed);
    counts.jobs += [...plan.decisions, ...escalation.decisions].reduce((n, d) => n + d.jobs.length, 0);
  }
  return counts;
}

function countClaimed(decisions: readonly ReminderDecision[], claimed: ReadonlySet<string>): number {
  return decisions.filter((d) => claimed.has(reminderKey(d.identity))).length;
}
