import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from '../database.js';

/**
 * Makes audit_log append-only at the database level, so not even a stray query can rewrite the
 * trail: triggers abort UPDATE and DELETE (and TRUNCATE on PostgreSQL). Trigger DDL has no
 * portable form, hence raw SQL per dialect.
 */
export async function createAuditGuard(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
    return;
  }
  for (const op of ['UPDATE', 'DELETE'] as const) {
    await sql`CREATE TRIGGER ${sql.raw(`audit_log_no_${op.toLowerCase()}`)} BEFORE ${sql.raw(op)} ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
  }
}
