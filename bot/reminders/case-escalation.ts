import { inTransaction } from '../../adapters/store/in-transaction.js';
import { appendAuditEntries } from '../../adapters/store/repositories/audit-batch.js';
import { CaseDeadlineRepository } from '../../adapters/store/repositories/case-deadline-repository.js';
import type { DueCaseDeadline } from '../../adapters/store/repositories/case-deadline-records.js';
import { acknowledgedOverdue, itemKey } from '../../adapters/store/repositories/reminder-claims.js';
import { caseEscalationDecision, caseReminderSubject } from './case-decisions.js';
import { commitDecisions } from './commit-decisions.js';
import type { ReminderDecision } from './reminder-decision.js';
import type { ReminderDeps } from './reminder-deps.js';
import type { SweepMoment } from './sweep-moment.js';

const itemOf = (row: DueCaseDeadline) => ({ subject: caseReminderSubject(row.caseId), rule: row.rule, date: row.due });

/** Acknowledged in time: recorded as not needed (audited once, never asked again). */
async function recordNotNeeded(deps: ReminderDeps, moment: SweepMoment, rows: DueCaseDeadline[]): Promise<void> {
  if (rows.length === 0) return;
  await inTransaction(deps.db, async (trx) => {
    await new CaseDeadlineRepository(trx, { now: () => moment.now }).setEscalation(rows, 'acknowledged');
    await appendAuditEntries(trx, rows.map((row) => ({
      actor: 'system', action: 'reminder.escalation-not-needed', subject: caseReminderSubject(row.caseId), rule: row.rule,
      detail: { caseNo: row.caseNo, due: row.due, firstOverdueOn: row.firstOverdueOn, acknowledged: true },
    })), moment.now.toISOString());
  });
}

/**
 * Decides the escalation of overdue dates whose one-working-day wait is over, a page at a time:
 * acknowledged ones are recorded as not needed; the others escalate once each to the unit's
 * supervisors. Returns how many escalations were claimed and the jobs they made.
 */
export async function escalateCaseDeadlines(
  deps: ReminderDeps, moment: SweepMoment, rows: readonly DueCaseDeadline[],
): Promise<{ escalations: number; jobs: number }> {
  if (rows.length === 0) return { escalations: 0, jobs: 0 };
  const acknowledged = await acknowledgedOverdue(deps.db, rows.map(itemOf));
  await recordNotNeeded(deps, moment, rows.filter((r) => acknowledged.has(itemKey(itemOf(r)))));
  const decisions: ReminderDecision[] = [];
  const escalated: DueCaseDeadline[] = [];
  for (const row of rows) {
    const stage = moment.stageOf(row.due);
    if (acknowledged.has(itemKey(itemOf(row))) || !stage || row.firstOverdueOn === null) continue;
    decisions.push(caseEscalationDecision(deps, moment, row, stage, row.firstOverdueOn));
    escalated.push(row);
  }
  if (decisions.length === 0) return { escalations: 0, jobs: 0 };
  const claimed = await commitDecisions(deps, moment.now, decisions,
    (trx) => new CaseDeadlineRepository(trx, { now: () => moment.now }).setEscalation(escalated, 'escalated'));
  return { escalations: claimed.size, jobs: decisions.reduce((n, d) => n + d.jobs.length, 0) };
}
