import type { Kysely } from 'kysely';
import { createAuditGuard } from './audit-guard.js';
import type { StoreMigration } from './store-migration.js';

/**
 * The record tables: cases and their events, notices with their per-unit targets and member
 * acknowledgements, runtime directory state, the reminder log and the append-only audit log.
 * Portable DDL: text ids, 'YYYY-MM-DD' dates and ISO-8601 UTC instants as text, JSON as text,
 * booleans as 0/1 integers. Only the audit log's auto-increment id and its guard differ by dialect.
 */
export const records: StoreMigration = {
  async up(db, dialect) {
    await createCaseTables(db);
    await createNoticeTables(db);
    await createRuntimeTables(db);
    await createReminderLog(db);
    await db.schema.createTable('audit_log')
      .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
        dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject', 'text')
      .addColumn('rule', 'text')
      .addColumn('detail', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_log_subject').on('audit_log').columns(['subject', 'id']).execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
    await createAuditGuard(db, dialect);
  },
};

async function createCaseTables(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_no', 'text', (c) => c.notNull().unique())
    .addColumn('case_type', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('officer_platform', 'text', (c) => c.notNull())
    .addColumn('officer_user_id', 'text', (c) => c.notNull())
    .addColumn('officer_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  // The sweep pages open cases by id; `我的案件` filters by officer; summaries by unit and time.
  await db.schema.createIndex('cases_status_id').on('cases').columns(['status', 'id']).execute();
  await db.schema.createIndex('cases_officer').on('cases')
    .columns(['officer_platform', 'officer_user_id', 'status']).execute();
  await db.schema.createIndex('cases_unit').on('cases').columns(['unit_id', 'status']).execute();
  await db.schema.createIndex('cases_created_at').on('cases').column('created_at').execute();
  await db.schema.createIndex('cases_closed_at').on('cases').column('closed_at').execute();

  await db.schema.createTable('case_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('time', 'text')
    .addColumn('rule', 'text')
    .addColumn('approver', 'text')
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    // Also the index that loads a batch of cases' events.
    .addUniqueConstraint('case_events_once', ['case_id', 'event', 'date'])
    .execute();
}

async function createNoticeTables(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ref', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('issuer_platform', 'text', (c) => c.notNull())
    .addColumn('issuer_user_id', 'text', (c) => c.notNull())
    .addColumn('issuer_name', 'text', (c) => c.notNull())
    .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('remediation_due', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notices_created_at').on('notices').columns(['created_at']).execute();

  await db.schema.createTable('notice_targets')
    .addColumn('notice_id', 'text', (c) => c.notNull().references('notices.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addColumn('remediation_reported_at', 'text')
    .addColumn('remediation_reported_by', 'text')
    .addColumn('remediation_note', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'text')
    .addColumn('reopened_at', 'text')
    .addColumn('reopened_by', 'text')
    .addColumn('reopen_reason', 'text')
    .addColumn('last_reminded_stage', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notice_targets_pk', ['notice_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('notice_targets_unit').on('notice_targets').columns(['unit_id', 'status']).execute();
  await db.schema.createIndex('notice_targets_status').on('notice_targets').column('status').execute();

  await db.schema.createTable('notice_acknowledgements')
    .addColumn('notice_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notice_acknowledgements_pk', ['notice_id', 'unit_id', 'platform', 'user_id'])
    .addForeignKeyConstraint('notice_acknowledgements_target', ['notice_id', 'unit_id'],
      'notice_targets', ['notice_id', 'unit_id'], (c) => c.onDelete('cascade'))
    .execute();

  await db.schema.createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
}

async function createRuntimeTables(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('conversation_refs')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_refs_pk', ['platform', 'conversation_id'])
    .execute();
  await db.schema.createTable('chat_bindings')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('bound_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('chat_bindings_pk', ['platform', 'conversation_id'])
    .execute();
  await db.schema.createIndex('chat_bindings_unit').on('chat_bindings').column('unit_id').execute();
}

async function createReminderLog(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('reminder_log')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .execute();
  await db.schema.createIndex('reminder_log_subject').on('reminder_log').columns(['subject', 'date']).execute();
}
