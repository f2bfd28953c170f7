import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/store/database.js';
import { appendAuditEntries } from '../../adapters/store/repositories/audit-batch.js';
import { CaseDeadlineRepository } from '../../adapters/store/repositories/case-deadline-repository.js';
import type { DueCaseDeadline } from '../../adapters/store/repositories/case-deadline-records.js';
import { acknowledgedOverdue, itemKey } from '../../adapters/store/repositories/reminder-claims.js';
import { caseEscalationDecision, caseReminderSubject } from './case-decisions.js';
import type { ReminderDecision } from './reminder-decision.js';
import type { ReminderDeps } from './reminder-deps.js';
import type { SweepMoment } from './sweep-moment.js';

const itemOf = (row: DueCaseDeadline) => ({ subject: caseReminderSubject(row.caseId), rule: row.rule, date: row.due });

/** What to do about overdue dates whose escalation wait is over. */
export interface EscalationPlan {
  /** One escalation to the unit's supervisors per unacknowledged date. */
  decisions: ReminderDecision[];
  /** Records the outcome in the sweep's transaction: escalated, or not needed (acknowledged in time). */
  record(trx: Kysely<Database>): Promise<void>;
}

/**
 * Decides the escalation of overdue dates whose one-working-day wait is over: acknowledged ones
 * are recorded as not needed (audited once, never asked again); the others escalate once each.
 * Only reads; the caller commits the decisions and `record` together with its own.
 */
export async function planCaseEscalations(deps: ReminderDeps, moment: SweepMoment, rows: readonly DueCaseDeadline[]): Promise<EscalationPlan> {
  if (rows.length === 0) return { decisions: [], record: () => Promise.resolve() };
  const acknowledged = await acknowledgedOverdue(deps.db, rows.map(itemOf));
  const notNeeded = rows.filter((r) => acknowledged.has(itemKey(itemOf(r))));
  const decisions: ReminderDecision[] = [];
  const escalated: DueCaseDeadline[] = [];
  for (const row of rows) {
    const stage = moment.stageOf(row.due);
    if (acknowledged.has(itemKey(itemOf(row))) || !stage || row.firstOverdueOn === null) continue;
    decisions.push(caseEscalationDecision(deps, moment, row, stage, row.firstOverdueOn));
    escalated.push(row);
  }
  return {
    decisions,
    record: async (trx) => {
      const repo = new CaseDeadlineRepository(trx, { now: () => moment.now });
      await repo.setEscalation(escalated, 'escalated');
      await repo.setEscalation(notNeeded, 'acknowledged');
      await appendAuditEntries(trx, notNeeded.map((row) => ({
        actor: 'system', action: 'reminder.escalation-not-needed', subject: caseReminderSubject(row.caseId), rule: row.rule,
        detail: { caseNo: row.caseNo, due: row.due, firstOverdueOn: row.firstOverdueOn, acknowledged: true },
      })), moment.now.toISOString());
    },
  };
}
