import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { NewAuditEntry } from './audit-log.js';

// 500 rows × 6 columns = 3 000 bound parameters, far below SQLite's and PostgreSQL's limits.
const ENTRIES_PER_INSERT = 500;

/**
 * Appends many audit entries with multi-row INSERTs — the batch form of AuditLog.append, in the
 * same row format, for a sweep that decides thousands of reminders at once (one statement per
 * 500 entries instead of one per entry). Insertion order is kept, so ids still follow it.
 */
export async function appendAuditEntries(db: Kysely<Database>, entries: readonly NewAuditEntry[], atIso: string): Promise<void> {
  for (let i = 0; i < entries.length; i += ENTRIES_PER_INSERT) {
    const rows = entries.slice(i, i + ENTRIES_PER_INSERT).map((e) => ({
      at: atIso, actor: e.actor, action: e.action, subject: e.subject ?? null, rule: e.rule ?? null,
      detail: JSON.stringify(e.detail ?? {}),
    }));
    await db.insertInto('audit_log').values(rows).execute();
  }
}
