import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../../adapters/store/in-transaction.js';
import { createRepositories } from '../../../adapters/store/repositories/index.js';
import { CASE_NO, OFFICER, SUPERVISOR, useStore, type OpenStore } from './store-fixture.js';

/** Migrations are repeatable; a failing write leaves nothing; concurrent issuers get distinct refs. */
export function atomicityContract(open: OpenStore): void {
  describe('store and atomicity', () => {
    const fixture = useStore(open);

    it('migrates idempotently', async () => {
      await fixture().store.migrate();
      expect(['sqlite', 'postgres']).toContain(fixture().store.dialect);
      expect(await fixture().store.db.selectFrom('cases').selectAll().execute()).toEqual([]);
    });

    it('rolls back every write of a failing transaction across repositories', async () => {
      await expect(inTransaction(fixture().store.db, async (trx) => {
        const repos = createRepositories(trx);
        const { case: kase } = await repos.cases.register({
          caseNo: CASE_NO, caseType: 'x', unitId: 'haishu', officer: OFFICER, events: [{ type: 'filed', date: '2026-11-20' }],
        });
        await repos.audit.append({ actor: 'console:zhangsan', action: 'case.registered', subject: `case:${kase.id}` });
        throw new Error('delivery scheduling failed');
      })).rejects.toThrow('delivery scheduling failed');
      const db = fixture().store.db;
      expect(await db.selectFrom('cases').selectAll().execute()).toEqual([]);
      expect(await db.selectFrom('case_events').selectAll().execute()).toEqual([]);
      expect(await db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
    });

    it('leaves no notice, target or used reference behind when one target fails to insert', async () => {
      const notices = fixture().repos.notices;
      const bad = ['haishu', null as unknown as string];
      await expect(notices.issue({ kind: 'supervision', title: 't', content: 'c', issuer: SUPERVISOR, remediationDue: '2026-12-31', unitIds: bad }))
        .rejects.toThrow();
      const db = fixture().store.db;
      expect(await db.selectFrom('notices').selectAll().execute()).toEqual([]);
      expect(await db.selectFrom('notice_targets').selectAll().execute()).toEqual([]);
      const next = await notices.issue({ kind: 'supervision', title: 't', content: 'c', issuer: SUPERVISOR, remediationDue: '2026-12-31', unitIds: ['haishu'] });
      expect(next.ref).toBe('N-1');
    });

    it('gives concurrent issuers distinct references', async () => {
      const notices = fixture().repos.notices;
      const issued = await Promise.all(Array.from({ length: 6 }, (_, i) =>
        notices.issue({ kind: 'reminder', title: `t${i}`, content: 'c', issuer: SUPERVISOR, unitIds: ['haishu'] })));
      expect(issued.map((n) => n.ref).sort()).toEqual(['T-1', 'T-2', 'T-3', 'T-4', 'T-5', 'T-6']);
    });

    it('registers a case number once when registrations race', async () => {
      const cases = fixture().repos.cases;
      const results = await Promise.all(Array.from({ length: 5 }, () =>
        cases.register({ caseNo: CASE_NO, caseType: 'x', unitId: 'haishu', officer: OFFICER, events: [{ type: 'filed', date: '2026-11-20' }] })));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.case.id)).size).toBe(1);
      expect(await fixture().store.db.selectFrom('case_events').selectAll().execute()).toHaveLength(1);
    });
  });
}
