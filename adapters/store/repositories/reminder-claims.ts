import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { reminderKey, type ReminderIdentity } from './reminder-log-repository.js';

// 500 rows × 8 columns stays far below SQLite's 32 766 and PostgreSQL's 65 535 bound parameters.
const CLAIMS_PER_INSERT = 500;

/**
 * Claims many reminders at once (insert-if-absent into reminder_log) and returns the keys this
 * call claimed — the batch form of ReminderLogRepository.claim, so a sweep that reminds
 * thousands of dates writes a few statements, not thousands.
 */
export async function claimReminders(
  db: Kysely<Database>, reminders: readonly ReminderIdentity[], nowIso: string,
): Promise<Set<string>> {
  const claimed = new Set<string>();
  const unique = [...new Map(reminders.map((r) => [reminderKey(r), r])).entries()];
  for (let i = 0; i < unique.length; i += CLAIMS_PER_INSERT) {
    const rows = unique.slice(i, i + CLAIMS_PER_INSERT).map(([key, r]) => ({
      key, subject: r.subject, rule: r.rule, stage: r.stage, date: r.date,
      created_at: nowIso, acknowledged_at: null, acknowledged_by: null,
    }));
    const inserted = await db.insertInto('reminder_log').values(rows)
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key').execute();
    for (const row of inserted) claimed.add(row.key);
  }
  return claimed;
}

/** The stage prefix of overdue reminders (超期-2026-12-09). */
export const OVERDUE_STAGE_PREFIX = '超期-';

/** An overdue item: a subject's date under a rule. */
export type ReminderItem = Pick<ReminderIdentity, 'subject' | 'rule' | 'date'>;

/** The key acknowledgedOverdue returns for an item. */
export function itemKey(item: ReminderItem): string {
  return JSON.stringify([item.subject, item.rule, item.date]);
}

// Subjects per query: 500 bound parameters plus a few.
const SUBJECTS_PER_QUERY = 500;

/**
 * Which of these overdue items someone acknowledged (an overdue reminder of the item has
 * acknowledged_at) — what stops an escalation. `收到 <案号>` acknowledges every open reminder of
 * the subject. Returns itemKey()s; one query per 500 subjects.
 */
export async function acknowledgedOverdue(db: Kysely<Database>, items: readonly ReminderItem[]): Promise<Set<string>> {
  const wanted = new Set(items.map(itemKey));
  const subjects = [...new Set(items.map((i) => i.subject))];
  const found = new Set<string>();
  for (let i = 0; i < subjects.length; i += SUBJECTS_PER_QUERY) {
    const rows = await db.selectFrom('reminder_log').select(['subject', 'rule', 'date'])
      .where('subject', 'in', subjects.slice(i, i + SUBJECTS_PER_QUERY))
      .where('stage', 'like', `${OVERDUE_STAGE_PREFIX}%`)
      .where('acknowledged_at', 'is not', null)
      .execute();
    for (const row of rows) if (wanted.has(itemKey(row))) found.add(itemKey(row));
  }
  return found;
}

/** The day of the first overdue reminder of an item, from its stage key, or undefined. */
export async function firstOverdueDay(db: Kysely<Database>, item: ReminderItem): Promise<string | undefined> {
  const row = await db.selectFrom('reminder_log').select('stage')
    .where('subject', '=', item.subject).where('rule', '=', item.rule).where('date', '=', item.date)
    .where('stage', 'like', `${OVERDUE_STAGE_PREFIX}%`)
    .orderBy('stage').limit(1).executeTakeFirst();
  return row?.stage.slice(OVERDUE_STAGE_PREFIX.length);
}
