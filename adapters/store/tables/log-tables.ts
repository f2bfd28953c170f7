import type { Generated } from 'kysely';

/** `reminder_log`: one row per reminder sent; `key` is deterministic per (subject, rule, stage, date). */
export interface ReminderLogTable {
  key: string;
  subject: string;
  rule: string;
  stage: string;
  date: string;
  created_at: string;
  acknowledged_at: string | null;
  /** JSON of a PersonRef. */
  acknowledged_by: string | null;
}

/** `audit_log`: append-only (a trigger rejects UPDATE and DELETE in both stores). */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  /** 'system', or platform:userId of a person. */
  actor: string;
  action: string;
  subject: string | null;
  rule: string | null;
  /** JSON object. */
  detail: string;
}

/** The log tables. */
export interface LogTables {
  reminder_log: ReminderLogTable;
  audit_log: AuditLogTable;
}
