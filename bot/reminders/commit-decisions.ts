import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/store/database.js';
import { appendAuditEntries } from '../../adapters/store/repositories/audit-batch.js';
import type { NewAuditEntry } from '../../adapters/store/repositories/audit-log.js';
import { claimReminders } from '../../adapters/store/repositories/reminder-claims.js';
import { reminderKey } from '../../adapters/store/repositories/reminder-log-repository.js';
import type { ReminderDecision } from './reminder-decision.js';
import type { ReminderDeps } from './reminder-deps.js';

/**
 * Makes decisions happen, crash-safe and at most once per destination: in one transaction,
 * the delivery rows of every job (insert-or-ignore by deterministic id), the reminder claims in
 * reminder_log, the audit entries of the reminders this call claimed, and `record` (the sweep's
 * own progress marks). A crash leaves all or none of it; a sweep that runs again enqueues the
 * same ids (ignored) and finds the claims taken. Returns the keys claimed.
 */
export async function commitDecisions(
  deps: Pick<ReminderDeps, 'runner'>,
  now: Date,
  decisions: readonly ReminderDecision[],
  record?: (trx: Kysely<Database>) => Promise<void>,
): Promise<Set<string>> {
  if (decisions.length === 0 && !record) return new Set();
  const jobs = decisions.flatMap((d) => d.jobs);
  const { recorded } = await deps.runner.enqueueWith(async (trx) => {
    const claimed = await claimReminders(trx, decisions.map((d) => d.identity), now.toISOString());
    const entries: NewAuditEntry[] = decisions.filter((d) => claimed.has(reminderKey(d.identity))).map((d) => ({
      actor: 'system', action: d.action, subject: d.subject, rule: d.rule,
      detail: {
        ...d.detail, stage: d.identity.stage,
        destinations: d.jobs.map((j) => j.destinationKey),
        notBefore: d.jobs[0]?.notBefore?.toISOString() ?? null,
      },
    }));
    await appendAuditEntries(trx, entries, now.toISOString());
    await record?.(trx);
    return { jobs, recorded: claimed };
  });
  return recorded;
}
