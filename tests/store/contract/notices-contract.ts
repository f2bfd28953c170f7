import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../core/errors/validation-error.js';
import { IllegalTransitionError, RecordNotFoundError } from '../../../adapters/store/store-errors.js';
import { MEMBER_A, MEMBER_B, SUPERVISOR, useStore, type OpenStore } from './store-fixture.js';

/** Notices: references, issuing, the per-unit lifecycle and its refusals. */
export function noticesContract(open: OpenStore): void {
  describe('notices', () => {
    const fixture = useStore(open);
    const supervise = (unitIds = ['haishu', 'jiangbei']) => fixture().repos.notices.issue({
      kind: 'supervision', title: '执法监督工作提示单', content: '询问笔录缺少告知事项，请整改', issuer: SUPERVISOR,
      remediationDue: '2026-12-31', unitIds,
    });

    it('issues numbered references per kind, with one issued target per unit', async () => {
      const n1 = await supervise();
      const t1 = await fixture().repos.notices.issue({
        kind: 'reminder', title: '执法规范提示单', content: '节假日执法注意事项', issuer: SUPERVISOR, urgent: true,
        unitIds: ['haishu', 'haishu'],
      });
      const n2 = await supervise(['haishu']);
      expect([n1.ref, t1.ref, n2.ref]).toEqual(['N-1', 'T-1', 'N-2']);
      expect(n1).toMatchObject({ kind: 'supervision', remediationDue: '2026-12-31', urgent: false, issuer: SUPERVISOR });
      expect(t1).toMatchObject({ urgent: true, remediationDue: null });
      expect(n1.targets.map((t) => [t.unitId, t.status])).toEqual([['haishu', 'issued'], ['jiangbei', 'issued']]);
      expect(t1.targets).toHaveLength(1);
    });

    it('finds a notice by the reference as units type it', async () => {
      const n1 = await supervise();
      for (const typed of ['N-1', 'n1', 'Ｎ－１', ' n - 1 ']) {
        expect((await fixture().repos.notices.findByRef(typed))?.id).toBe(n1.id);
      }
      expect(await fixture().repos.notices.findByRef('N-99')).toBeUndefined();
      expect(await fixture().repos.notices.findByRef('收到')).toBeUndefined();
    });

    it('refuses a supervision notice without a remediation deadline, and one without units', async () => {
      const notices = fixture().repos.notices;
      await expect(notices.issue({ kind: 'supervision', title: 't', content: 'c', issuer: SUPERVISOR, unitIds: ['haishu'] }))
        .rejects.toBeInstanceOf(ValidationError);
      await expect(notices.issue({ kind: 'reminder', title: 't', content: 'c', issuer: SUPERVISOR, unitIds: [] }))
        .rejects.toBeInstanceOf(ValidationError);
      expect(await fixture().store.db.selectFrom('notices').selectAll().execute()).toEqual([]);
    });

    it('walks issued → delivered → acknowledged → remediation_reported → accepted, recording each member', async () => {
      const { id } = await supervise();
      const targets = fixture().repos.noticeTargets;
      expect((await targets.markDelivered(id, 'haishu')).status).toBe('delivered');
      fixture().clock.advance(1_000);
      const a = await targets.acknowledge(id, 'haishu', MEMBER_A);
      expect(a).toMatchObject({ newMember: true, target: { status: 'acknowledged', acknowledgedBy: MEMBER_A } });
      expect((await targets.acknowledge(id, 'haishu', MEMBER_A)).newMember).toBe(false);
      const b = await targets.acknowledge(id, 'haishu', MEMBER_B);
      expect(b).toMatchObject({ newMember: true, target: { acknowledgedBy: MEMBER_A } });
      expect((await targets.acknowledgements(id, 'haishu')).map((x) => x.member.name).sort()).toEqual(['赵六', '钱七']);
      const reported = await targets.reportRemediation(id, 'haishu', MEMBER_B, '已补正告知事项');
      expect(reported).toMatchObject({ status: 'remediation_reported', remediationNote: '已补正告知事项', remediationReportedBy: MEMBER_B });
      expect((await targets.accept(id, 'haishu', SUPERVISOR))).toMatchObject({ status: 'accepted', acceptedBy: SUPERVISOR });
      // A late delivery receipt never moves a target backwards.
      expect((await targets.markDelivered(id, 'haishu')).status).toBe('accepted');
    });

    it('reopens a reported remediation with a reason, and accepts a second report', async () => {
      const { id } = await supervise();
      const targets = fixture().repos.noticeTargets;
      const reported = await targets.reportRemediation(id, 'jiangbei', MEMBER_A, '已整改');
      expect(reported.acknowledgedBy).toEqual(MEMBER_A);
      const reopened = await targets.reopen(id, 'jiangbei', SUPERVISOR, '整改材料不全');
      expect(reopened).toMatchObject({ status: 'reopened', reopenReason: '整改材料不全', reopenedBy: SUPERVISOR });
      expect((await targets.reportRemediation(id, 'jiangbei', MEMBER_A, '补充材料')).status).toBe('remediation_reported');
    });

    it('refuses illegal steps and writes nothing', async () => {
      const { id } = await supervise();
      const targets = fixture().repos.noticeTargets;
      const before = await targets.get(id, 'haishu');
      await expect(targets.accept(id, 'haishu', SUPERVISOR)).rejects.toBeInstanceOf(IllegalTransitionError);
      await expect(targets.reopen(id, 'haishu', SUPERVISOR, 'x')).rejects.toMatchObject({ from: 'issued', to: 'reopened' });
      expect(await targets.get(id, 'haishu')).toEqual(before);
      await targets.reportRemediation(id, 'haishu', MEMBER_A, 'done');
      await expect(targets.reportRemediation(id, 'haishu', MEMBER_A, 'again')).rejects.toBeInstanceOf(IllegalTransitionError);
      expect((await targets.get(id, 'haishu'))!.remediationNote).toBe('done');
      await expect(targets.acknowledge(id, 'xiangshan', MEMBER_A)).rejects.toBeInstanceOf(RecordNotFoundError);
    });

    it('refuses remediation of a regulation reminder', async () => {
      const t = await fixture().repos.notices.issue({ kind: 'reminder', title: 't', content: 'c', issuer: SUPERVISOR, unitIds: ['haishu'] });
      await expect(fixture().repos.noticeTargets.reportRemediation(t.id, 'haishu', MEMBER_A, 'x'))
        .rejects.toBeInstanceOf(IllegalTransitionError);
      expect((await fixture().repos.noticeTargets.get(t.id, 'haishu'))!.status).toBe('issued');
    });

    it('remembers the last reminder stage of a target', async () => {
      const { id } = await supervise();
      await fixture().repos.noticeTargets.setLastReminded(id, 'haishu', 'overdue');
      expect((await fixture().repos.noticeTargets.get(id, 'haishu'))!.lastRemindedStage).toBe('overdue');
      await expect(fixture().repos.noticeTargets.setLastReminded(id, 'nowhere', 'x')).rejects.toBeInstanceOf(RecordNotFoundError);
    });
  });
}
