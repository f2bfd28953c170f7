import type { Kysely } from 'kysely';
import type { StoreMigration } from './store-migration.js';

/**
 * Precomputed due dates per case (see tables/case-deadline-tables.ts). The sweep's query is
 * "latest, not completed, due on or before the warning horizon", in (due, case_id, rule) order
 * for keyset paging — the `case_deadlines_sweep` index serves exactly that.
 */
export const caseDeadlines: StoreMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.createTable('case_deadlines')
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('due', 'text', (c) => c.notNull())
      .addColumn('due_time', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('basis', 'text', (c) => c.notNull())
      .addColumn('derivation', 'text', (c) => c.notNull())
      .addColumn('citations', 'text', (c) => c.notNull())
      .addColumn('completed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('estimate', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('reminded_stage', 'text')
      .addColumn('first_overdue_on', 'text')
      .addColumn('escalation', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('case_deadlines_pk', ['case_id', 'rule'])
      .execute();
    await db.schema.createIndex('case_deadlines_sweep').on('case_deadlines')
      .columns(['kind', 'completed', 'due', 'case_id', 'rule']).execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('case_deadlines').execute();
  },
};
