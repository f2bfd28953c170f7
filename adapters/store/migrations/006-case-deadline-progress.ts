import { sql, type Kysely } from 'kysely';
import type { StoreMigration } from './store-migration.js';

const PROGRESS_COLUMNS = ['reminded_stage', 'first_overdue_on', 'escalation'] as const;

/**
 * Moves the sweep's progress per date (last stage reminded, first overdue day, escalation) out of
 * the wide `case_deadlines` rows into a narrow table of its own. The daily sweep marks thousands of
 * dates; rewriting a few dozen bytes per date instead of each date's whole row (derivation and
 * citations included) cuts what every sweep writes and syncs to disk several-fold.
 */
export const caseDeadlineProgress: StoreMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createTable('case_deadline_progress')
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('reminded_stage', 'text')
      .addColumn('first_overdue_on', 'text')
      .addColumn('escalation', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('case_deadline_progress_pk', ['case_id', 'rule'])
      .execute();
    await sql`insert into case_deadline_progress (case_id, rule, reminded_stage, first_overdue_on, escalation, updated_at)
      select case_id, rule, reminded_stage, first_overdue_on, escalation, updated_at from case_deadlines
      where reminded_stage is not null or first_overdue_on is not null or escalation is not null`.execute(db);
    // One column per statement: SQLite's ALTER TABLE drops one at a time.
    for (const column of PROGRESS_COLUMNS) await db.schema.alterTable('case_deadlines').dropColumn(column).execute();
  },
};
