import { describe, expect, it } from 'vitest';
import { openCasesPage, streamOpenCases } from '../../../adapters/store/repositories/open-case-sweep.js';
import { seedCases } from '../../bench/store-sweep-seed.js';
import { OFFICER, useStore, type OpenStore } from './store-fixture.js';

/** The reminder sweep's path: keyset pages of open cases with their events. */
export function sweepContract(open: OpenStore): void {
  describe('open-case sweep', () => {
    const fixture = useStore(open);

    it('streams every open case exactly once, with its events in date order, skipping closed ones', async () => {
      const ids = await seedCases(fixture().store, 2_345, { eventsPerCase: 3, closedEvery: 5 });
      const closed = new Set(ids.filter((_, i) => i % 5 === 0));
      const seen: string[] = [];
      let pages = 0;
      for await (const page of streamOpenCases(fixture().store.db, { batchSize: 500 })) {
        pages += 1;
        expect(page.length).toBeLessThanOrEqual(500);
        for (const c of page) {
          seen.push(c.id);
          expect(c.events.map((e) => e.type)).toEqual(['filed', 'notified', 'hearing-requested']);
          expect([...c.events.map((e) => e.date)].sort()).toEqual(c.events.map((e) => e.date));
        }
      }
      expect(seen).toHaveLength(ids.length - closed.size);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.some((id) => closed.has(id))).toBe(false);
      expect(pages).toBe(Math.ceil(seen.length / 500));
    });

    it('sees the events recorded through the repositories, and drops a case once 结案 is recorded', async () => {
      const { cases, caseEvents } = fixture().repos;
      const a = await cases.register({ caseNo: 'A-1', caseType: 'illegal-operation', unitId: 'haishu', officer: OFFICER,
        events: [{ type: 'filed', date: '2026-11-20' }] });
      const b = await cases.register({ caseNo: 'A-2', caseType: 'overload', unitId: null, officer: OFFICER });
      await caseEvents.record(a.case.id, { type: 'notified', date: '2026-12-01', recordedBy: OFFICER });
      await caseEvents.record(a.case.id, { type: 'extended', date: '2026-11-25', rule: 'decision-90d', approver: '陈局长', recordedBy: OFFICER });
      await caseEvents.record(a.case.id, { type: 'notified', date: '2026-12-01', recordedBy: OFFICER });
      const sweep = async () => (await openCasesPage(fixture().store.db)).cases;
      const found = (await sweep()).find((c) => c.id === a.case.id);
      expect(found).toEqual({
        id: a.case.id, caseNo: 'A-1', caseType: 'illegal-operation', unitId: 'haishu', officer: OFFICER,
        events: [
          { type: 'filed', date: '2026-11-20', time: null, rule: null },
          { type: 'extended', date: '2026-11-25', time: null, rule: 'decision-90d' },
          { type: 'notified', date: '2026-12-01', time: null, rule: null },
        ],
      });
      expect((await sweep()).find((c) => c.id === b.case.id)?.events).toEqual([]);
      await caseEvents.record(a.case.id, { type: 'closed', date: '2026-12-20', recordedBy: OFFICER });
      expect((await sweep()).map((c) => c.caseNo)).toEqual(['A-2']);
    });

    it('pages by id and says when there is no next page', async () => {
      await seedCases(fixture().store, 7);
      const first = await openCasesPage(fixture().store.db, { limit: 5 });
      expect(first.cases).toHaveLength(5);
      expect(first.nextAfterId).toBe(first.cases[4]!.id);
      const second = await openCasesPage(fixture().store.db, { limit: 5, afterId: first.nextAfterId! });
      expect(second.cases).toHaveLength(2);
      expect(second.nextAfterId).toBeUndefined();
      expect(second.cases[0]!.officer.name).toBe('测试执法员');
    });

    it('yields nothing over an empty store', async () => {
      const pages = [];
      for await (const page of streamOpenCases(fixture().store.db)) pages.push(page);
      expect(pages).toEqual([]);
    });
  });
}
