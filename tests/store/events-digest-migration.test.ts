import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationProvider } from '../../adapters/store/migrations/index.js';
import { openSqliteStore } from '../../adapters/store/open-sqlite.js';
import { openCasesPage } from '../../adapters/store/repositories/open-case-sweep.js';

// A store migrated before cases.events_digest existed keeps its cases' events in the sweep.
describe('migration 004-case-events-digest', () => {
  it('backfills the digest of cases recorded before it', async () => {
    const store = openSqliteStore('', ':memory:');
    try {
      const migrator = new Migrator({ db: store.db, provider: migrationProvider('sqlite') });
      const before = await migrator.migrateTo('003-case-deadlines');
      expect(before.error).toBeUndefined();
      const db = store.db;
      await db.insertInto('cases').values({
        id: 'c1', case_no: 'A-1', case_type: 'x', unit_id: 'haishu', officer_platform: 'console', officer_user_id: 'u',
        officer_name: '张三', status: 'open', created_at: 't', updated_at: 't', closed_at: null,
      } as never /* no events_digest yet at this version */).execute();
      for (const [id, event, date] of [['e2', 'notified', '2026-12-01'], ['e1', 'filed', '2026-11-20']] as const) {
        await db.insertInto('case_events').values({
          id, case_id: 'c1', event, date, time: null, rule: null, approver: null, note: null, recorded_by: '{}', recorded_at: 't',
        }).execute();
      }
      await store.migrate();
      const page = await openCasesPage(store.db);
      expect(page.cases[0]!.events.map((e) => e.type)).toEqual(['filed', 'notified']);
    } finally {
      await store.close();
    }
  });
});
