import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/store/database.js';
import { inTransaction } from '../../adapters/store/in-transaction.js';
import { appendAuditEntries } from '../../adapters/store/repositories/audit-batch.js';
import type { NewAuditEntry } from '../../adapters/store/repositories/audit-log.js';
import { claimReminders } from '../../adapters/store/repositories/reminder-claims.js';
import { reminderKey } from '../../adapters/store/repositories/reminder-log-repository.js';
import type { ReminderDecision } from './reminder-decision.js';
import type { ReminderDeps } from './reminder-deps.js';

/**
 * Makes decisions happen, crash-safe and at most once per destination:
 * 1. enqueue every job — durable, and insert-or-ignore by deterministic id, so doing it again
 *    after a crash sends nothing twice;
 * 2. then, in one transaction, claim the reminders in reminder_log, audit the ones this call
 *    claimed, and run `record` (the sweep's own progress marks).
 * A crash between 1 and 2 leaves the date unmarked: the next sweep enqueues again (ignored)
 * and claims — nothing lost, nothing doubled. Returns the keys claimed.
 */
export async function commitDecisions(
  deps: Pick<ReminderDeps, 'db' | 'runner'>,
  now: Date,
  decisions: readonly ReminderDecision[],
  record?: (trx: Kysely<Database>) => Promise<void>,
): Promise<Set<string>> {
  if (decisions.length === 0 && !record) return new Set();
  const jobs = decisions.flatMap((d) => d.jobs);
  if (jobs.length > 0) await deps.runner.enqueue(jobs);
  return inTransaction(deps.db, async (trx) => {
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
    return claimed;
  });
}
