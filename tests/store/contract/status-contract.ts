import { describe, expect, it } from 'vitest';
import { noticeStatus, outstandingTargets } from '../../../adapters/store/repositories/notice-status-queries.js';
import { weeklySummary } from '../../../adapters/store/repositories/weekly-summary.js';
import { MEMBER_A, OFFICER, SUPERVISOR, useStore, type OpenStore } from './store-fixture.js';

/** 督办情况, the outstanding-target sweep and 周通报 counts. */
export function statusContract(open: OpenStore): void {
  describe('notice status and summaries', () => {
    const fixture = useStore(open);

    /** N-1 to haishu (acknowledged), jiangbei (remediated), beilun (nothing); T-1 to haishu. */
    async function scenario() {
      const { notices, noticeTargets } = fixture().repos;
      const n1 = await notices.issue({
        kind: 'supervision', title: '督办', content: '整改', issuer: SUPERVISOR, remediationDue: '2026-11-30',
        unitIds: ['haishu', 'jiangbei', 'beilun'],
      });
      fixture().clock.advance(60_000);
      const t1 = await notices.issue({ kind: 'reminder', title: '提示', content: '注意', issuer: SUPERVISOR, unitIds: ['haishu'] });
      await noticeTargets.markDelivered(n1.id, 'haishu');
      await noticeTargets.acknowledge(n1.id, 'haishu', MEMBER_A);
      await noticeTargets.reportRemediation(n1.id, 'jiangbei', MEMBER_A, '已整改');
      return { n1, t1 };
    }

    it('shows per notice and unit: delivered, acknowledged, remediated and overdue as of today', async () => {
      const { n1, t1 } = await scenario();
      const onTime = await noticeStatus(fixture().store.db, { today: '2026-11-30' });
      expect(onTime.map((v) => v.notice.ref)).toEqual([t1.ref, n1.ref]);
      const flags = (today: string) => noticeStatus(fixture().store.db, { today, kind: 'supervision' }).then((views) =>
        views[0]!.targets.map((t) => [t.unitId, t.delivered, t.acknowledged, t.remediated, t.overdue, t.acknowledgements]));
      expect(await flags('2026-11-30')).toEqual([
        ['beilun', false, false, false, false, 0],
        ['haishu', true, true, false, false, 1],
        ['jiangbei', true, true, true, false, 0],
      ]);
      expect((await flags('2026-12-01')).map(([unit, , , , overdue]) => [unit, overdue]))
        .toEqual([['beilun', true], ['haishu', true], ['jiangbei', false]]);
    });

    it('limits the view to a supervisor\'s units and to outstanding notices', async () => {
      const { n1, t1 } = await scenario();
      const scoped = await noticeStatus(fixture().store.db, { today: '2026-11-30', unitIds: ['jiangbei'] });
      expect(scoped.map((v) => [v.notice.ref, v.targets.map((t) => t.unitId)])).toEqual([[n1.ref, ['jiangbei']]]);
      const outstanding = await noticeStatus(fixture().store.db, { today: '2026-11-30', unitIds: ['jiangbei'], outstandingOnly: true });
      expect(outstanding).toEqual([]);
      await fixture().repos.noticeTargets.acknowledge(t1.id, 'haishu', MEMBER_A);
      const open = await noticeStatus(fixture().store.db, { today: '2026-11-30', outstandingOnly: true });
      expect(open.map((v) => v.notice.ref)).toEqual([n1.ref]);
      expect(await noticeStatus(fixture().store.db, { today: '2026-11-30', unitIds: [] })).toEqual([]);
    });

    it('lists outstanding targets with their notice, for the sweep and for one unit', async () => {
      const { n1, t1 } = await scenario();
      const all = await outstandingTargets(fixture().store.db);
      expect(all.map((o) => `${o.notice.ref}/${o.target.unitId}`).sort())
        .toEqual([`${n1.ref}/beilun`, `${n1.ref}/haishu`, `${t1.ref}/haishu`].sort());
      const haishu = await outstandingTargets(fixture().store.db, { unitId: 'haishu' });
      expect(haishu.map((o) => o.notice.ref)).toEqual([n1.ref, t1.ref]);
      expect(haishu[0]!.notice).toMatchObject({ id: n1.id, remediationDue: '2026-11-30', issuer: SUPERVISOR, urgent: false });
    });

    it('counts a week for 周通报 per unit and in total', async () => {
      const { cases, caseEvents } = fixture().repos;
      const c = await cases.register({ caseNo: 'A-1', caseType: 'x', unitId: 'haishu', officer: OFFICER });
      await cases.register({ caseNo: 'A-2', caseType: 'x', unitId: 'haishu', officer: OFFICER });
      await caseEvents.record(c.case.id, { type: 'closed', date: '2026-11-20', recordedBy: OFFICER });
      await scenario();
      const summary = await weeklySummary(fixture().store.db, {
        from: '2026-11-16T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z', today: '2026-12-01',
      });
      expect(summary).toMatchObject({ remindersIssued: 1, supervisionNoticesIssued: 1 });
      expect(summary.units.find((u) => u.unitId === 'haishu')).toMatchObject({
        casesRegistered: 2, casesClosed: 1, openCases: 1, noticesReceived: 2, acknowledged: 1, overdue: 1,
      });
      expect(summary.totals).toMatchObject({ casesRegistered: 2, noticesReceived: 4, remediationReported: 1, overdue: 2 });
      const later = await weeklySummary(fixture().store.db, {
        from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z', today: '2026-11-30',
      });
      expect(later.totals).toMatchObject({ casesRegistered: 0, noticesReceived: 0, openCases: 1, overdue: 0 });
    });
  });
}
