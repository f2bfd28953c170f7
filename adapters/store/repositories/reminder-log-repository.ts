import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../database.js';
import type { ReminderLogTable } from '../tables/log-tables.js';
import { personFromJson, personToJson, type PersonRef } from './person-ref.js';
import { repositoryContext, type RepositoryContext, type RepositoryOptions } from './repository-options.js';

/** What a reminder is about and when: e.g. subject 'case:<id>', rule 'decision-90d', stage 'warn-3', date. */
export interface ReminderIdentity {
  subject: string;
  rule: string;
  stage: string;
  /** 'YYYY-MM-DD': the day the reminder is for (超期 repeats daily, one key a day). */
  date: string;
}

/** A logged reminder. */
export interface ReminderLogEntry extends ReminderIdentity {
  key: string;
  createdAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: PersonRef | null;
}

/** The deterministic key of a reminder; JSON keeps it unambiguous whatever the parts contain. */
export function reminderKey(r: ReminderIdentity): string {
  // A sweep asks for the key of one identity several times (claim, audit, counts): made once.
  let key = keys.get(r);
  if (key === undefined) {
    key = JSON.stringify([r.subject, r.rule, r.stage, r.date]);
    keys.set(r, key);
  }
  return key;
}

const keys = new WeakMap<ReminderIdentity, string>();

/** `reminder_log`: the sweep claims each reminder once, so it never reminds twice. */
export class ReminderLogRepository {
  private readonly ctx: RepositoryContext;

  constructor(private readonly db: Kysely<Database>, options: RepositoryOptions = {}) {
    this.ctx = repositoryContext(options);
  }

  /** Inserts the reminder if absent; true when this call claimed it (and should send it). */
  async claim(reminder: ReminderIdentity): Promise<boolean> {
    const row = await this.db.insertInto('reminder_log')
      .values({ key: reminderKey(reminder), ...reminder, created_at: this.ctx.nowIso(), acknowledged_at: null, acknowledged_by: null })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Whether the reminder was already claimed. */
  async has(reminder: ReminderIdentity): Promise<boolean> {
    const row = await this.db.selectFrom('reminder_log').select('key').where('key', '=', reminderKey(reminder)).executeTakeFirst();
    return row !== undefined;
  }

  /** A subject's reminders, by date. */
  async forSubject(subject: string): Promise<ReminderLogEntry[]> {
    const rows = await this.db.selectFrom('reminder_log').selectAll()
      .where('subject', '=', subject).orderBy('date').orderBy('created_at').execute();
    return rows.map(toEntry);
  }

  /** Someone acknowledged a subject's reminders (stops escalation); returns how many were open. */
  async acknowledgeSubject(subject: string, by: PersonRef): Promise<number> {
    const result = await this.db.updateTable('reminder_log')
      .set({ acknowledged_at: this.ctx.nowIso(), acknowledged_by: personToJson(by) })
      .where('subject', '=', subject).where('acknowledged_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Unacknowledged reminders of `stage` sent before `createdBefore` — candidates for escalation. */
  async unacknowledged(options: { stage: string; createdBefore: string }): Promise<ReminderLogEntry[]> {
    const rows = await this.db.selectFrom('reminder_log').selectAll()
      .where('stage', '=', options.stage).where('acknowledged_at', 'is', null)
      .where('created_at', '<', options.createdBefore)
      .orderBy('created_at').execute();
    return rows.map(toEntry);
  }
}

function toEntry(row: Selectable<ReminderLogTable>): ReminderLogEntry {
  return {
    key: row.key, subject: row.subject, rule: row.rule, stage: row.stage, date: row.date,
    createdAt: row.created_at, acknowledgedAt: row.acknowledged_at, acknowledgedBy: personFromJson(row.acknowledged_by),
  };
}
