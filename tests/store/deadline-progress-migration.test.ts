import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationProvider } from '../../adapters/store/migrations/index.js';
import { openSqliteStore } from '../../adapters/store/open-sqlite.js';
import { CaseDeadlineRepository } from '../../adapters/store/repositories/case-deadline-repository.js';

// A store whose sweep progress lived in case_deadlines keeps it: no reminder is repeated after the upgrade.
describe('migration 006-case-deadline-progress', () => {
  it('moves each date\'s reminded stage, first overdue day and escalation into case_deadline_progress', async () => {
    const store = openSqliteStore('', ':memory:');
    try {
      const migrator = new Migrator({ db: store.db, provider: migrationProvider('sqlite') });
      expect((await migrator.migrateTo('005-console-inbox')).error).toBeUndefined();
      await sql`insert into cases (id, case_no, case_type, unit_id, officer_platform, officer_user_id, officer_name, status, created_at, updated_at, closed_at, events_digest)
        values ('c1', 'A-1', 'x', 'haishu', 'console', 'u', '张三', 'open', 't', 't', null, '[]')`.execute(store.db);
      const row = (rule: string, due: string, stage: string | null, overdue: string | null, escalation: string | null) => sql`
        insert into case_deadlines (case_id, rule, title, due, due_time, kind, basis, derivation, citations, completed, estimate, reminded_stage, first_overdue_on, escalation, updated_at)
        values ('c1', ${rule}, ${rule}, ${due}, null, 'latest', '《行政处罚法》第六十条', '-', '[]', 0, 0, ${stage}, ${overdue}, ${escalation}, 't')`;
      await row('decision-period', '2026-12-01', '超期-2026-12-02', '2026-12-02', 'escalated').execute(store.db);
      await row('notify', '2026-12-20', null, null, null).execute(store.db);
      await store.migrate();
      const dates = await new CaseDeadlineRepository(store.db).listForCase('c1');
      expect(dates.map((d) => [d.rule, d.remindedStage, d.firstOverdueOn, d.escalation])).toEqual([
        ['decision-period', '超期-2026-12-02', '2026-12-02', 'escalated'],
        ['notify', null, null, null],
      ]);
      const columns = await sql<{ name: string }>`select name from pragma_table_info('case_deadlines')`.execute(store.db);
      expect(columns.rows.map((c) => c.name)).not.toContain('reminded_stage');
    } finally {
      await store.close();
    }
  });
});
