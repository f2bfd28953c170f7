import { describe, expect, it } from 'vitest';
import { RecordNotFoundError } from '../../../adapters/store/store-errors.js';
import { CASE_NO, OFFICER, OTHER_OFFICER, useStore, type OpenStore } from './store-fixture.js';

/** Cases and case events: registration, idempotent events, 结案, look-ups. */
export function casesContract(open: OpenStore): void {
  describe('cases', () => {
    const fixture = useStore(open);
    const register = (caseNo = CASE_NO, officer = OFFICER) => fixture().repos.cases.register({
      caseNo, caseType: 'illegal-operation', unitId: 'haishu', officer,
      events: [{ type: 'filed', date: '2026-11-20' }],
    });

    it('registers a case with its 立案 event, and a repeated registration writes nothing', async () => {
      const first = await register();
      expect(first.created).toBe(true);
      expect(first.case).toMatchObject({
        caseNo: CASE_NO, caseType: 'illegal-operation', unitId: 'haishu', officer: OFFICER, status: 'open',
        createdAt: '2026-11-20T02:00:00.000Z', closedAt: null,
      });
      expect(first.case.events.map((e) => [e.type, e.date])).toEqual([['filed', '2026-11-20']]);
      const again = await register();
      expect(again.created).toBe(false);
      expect(again.case.id).toBe(first.case.id);
      expect((await fixture().repos.cases.findByNo(CASE_NO))!.events).toHaveLength(1);
    });

    it('records events once per (type, date), in date order, with the approver of 延期', async () => {
      const { case: kase } = await register();
      const events = fixture().repos.caseEvents;
      const notified = await events.record(kase.id, { type: 'notified', date: '2026-12-01', recordedBy: OFFICER });
      expect(notified.created).toBe(true);
      expect((await events.record(kase.id, { type: 'notified', date: '2026-12-01', recordedBy: OFFICER })).created).toBe(false);
      await events.record(kase.id, { type: 'extended', date: '2026-11-25', approver: '陈局长', rule: 'decision-90d', recordedBy: OTHER_OFFICER });
      const found = await fixture().repos.cases.findByNo(CASE_NO);
      expect(found!.events.map((e) => `${e.type}@${e.date}`)).toEqual(['filed@2026-11-20', 'extended@2026-11-25', 'notified@2026-12-01']);
      expect(found!.events[1]).toMatchObject({ approver: '陈局长', rule: 'decision-90d', recordedBy: OTHER_OFFICER });
    });

    it('closes the case on 结案 and leaves it out of the officer\'s open cases', async () => {
      const { case: a } = await register();
      await register('甬交执罚〔2026〕124号');
      await register('甬交执罚〔2026〕125号', OTHER_OFFICER);
      fixture().clock.advance(60_000);
      const closed = await fixture().repos.caseEvents.record(a.id, { type: 'closed', date: '2026-12-20', recordedBy: OFFICER });
      expect(closed.case).toMatchObject({ status: 'closed', closedAt: '2026-11-20T02:01:00.000Z' });
      const mine = await fixture().repos.cases.openCasesOf(OFFICER);
      expect(mine.map((c) => c.caseNo)).toEqual(['甬交执罚〔2026〕124号']);
      expect(mine[0]!.events).toHaveLength(1);
    });

    it('finds by number and id, and says undefined for an unknown number', async () => {
      const { case: kase } = await register();
      expect((await fixture().repos.cases.findById(kase.id))!.caseNo).toBe(CASE_NO);
      expect(await fixture().repos.cases.findByNo('甬交执罚〔2026〕999号')).toBeUndefined();
    });

    it('refuses an event on an unknown case, writing nothing', async () => {
      await expect(fixture().repos.caseEvents.record('no-such-case', { type: 'notified', date: '2026-12-01', recordedBy: OFFICER }))
        .rejects.toBeInstanceOf(RecordNotFoundError);
      expect(await fixture().store.db.selectFrom('case_events').selectAll().execute()).toEqual([]);
    });
  });
}
