/**
 * Remediation deadlines of supervision notices: 临期 / 到期 / 超期 to the unit's groups, 超期 also
 * to the issuing supervisor, escalation of an unacknowledged overdue notice to the unit's
 * supervisor, and silence once remediation is reported.
 */
import { describe, expect, it } from 'vitest';
import { destinationKey } from '../../bot/delivery/delivery-target.js';
import { HAISHU_ROBOT, HAISHU_SLACK, ISSUER, MEMBER, reminderHarness, type ReminderHarness } from './support/reminder-harness.js';
import { useTempSqlite } from './support/temp-sqlite.js';

const GROUPS = [HAISHU_SLACK, HAISHU_ROBOT].map(destinationKey).sort();

async function issueNotice(h: ReminderHarness, remediationDue = '2026-12-16') {
  return h.repos.notices.issue({
    kind: 'supervision', title: '执法记录仪使用不规范', content: '抽查发现 3 起案件未全程记录，请整改并报告。',
    issuer: ISSUER, remediationDue, unitIds: ['haishu'],
  });
}

describe('supervision notice remediation reminders', () => {
  const store = useTempSqlite();

  it('warns the unit groups 3 working days ahead, once, and not the issuer', async () => {
    const h = reminderHarness(store());
    const notice = await issueNotice(h);
    await h.sweepAt('2026-12-10 10:00');
    expect(h.runner.calls).toHaveLength(0);
    await h.sweepAt('2026-12-11 10:00', 4); // Fri: 12-14, 12-15, 12-16 left
    expect(h.runner.calls.map((j) => j.destinationKey).sort()).toEqual(GROUPS);
    expect(h.runner.calls[0]!.payload.reply.title).toBe(`【整改临期】海曙大队 ${notice.ref} 执法记录仪使用不规范 整改期限 2026-12-16（还剩 3 个工作日）`);
    expect(h.runner.calls[0]!.payload.reply.actions).toEqual([expect.objectContaining({ value: `收到 ${notice.ref}` })]);
    expect((await h.repos.noticeTargets.get(notice.id, 'haishu'))!.lastRemindedStage).toBe('临期-3');
  });

  it('alerts the unit groups and the issuer when overdue, daily, and escalates an unacknowledged one to the unit supervisor', async () => {
    const h = reminderHarness(store());
    const notice = await issueNotice(h);
    await h.sweepAt('2026-12-17 10:00', 2);
    const first = h.runner.calls.map((j) => j.destinationKey).sort();
    expect(first).toEqual([...GROUPS, 'user:console:sunba'].sort());
    expect(h.runner.calls[0]!.payload.reply.title).toContain('【整改超期】海曙大队');
    await h.sweepAt('2026-12-18 10:00', 2);
    const escalations = h.runner.calls.filter((j) => j.stage === 'escalation');
    expect(escalations.map((j) => j.destinationKey)).toEqual(['user:console:wangwu']);
    expect(escalations[0]!.payload.reply.title).toBe(`【超期未确认】海曙大队 ${notice.ref} 执法记录仪使用不规范 整改期限 2026-12-16（已超期 2 天）`);
    expect(h.runner.calls.filter((j) => j.stage === '超期-2026-12-18')).toHaveLength(3);
    const audit = await h.repos.audit.forSubject(`notice:${notice.id}:haishu`);
    expect(audit.map((e) => e.action)).toEqual(['notice.remediation-overdue', 'notice.remediation-overdue', 'notice.overdue-escalation']);
    expect(audit.every((e) => e.rule === 'notice-remediation' && e.actor === 'system')).toBe(true);
  });

  it('does not escalate once the unit acknowledged, and stops when remediation is reported', async () => {
    const h = reminderHarness(store());
    const notice = await issueNotice(h);
    await h.sweepAt('2026-12-17 10:00');
    await h.repos.noticeTargets.acknowledge(notice.id, 'haishu', MEMBER);
    await h.sweepAt('2026-12-18 10:00');
    expect(h.runner.calls.filter((j) => j.stage === 'escalation')).toHaveLength(0);
    await h.repos.noticeTargets.reportRemediation(notice.id, 'haishu', MEMBER, '已组织培训并复查');
    const before = h.runner.calls.length;
    await h.sweepAt('2026-12-21 10:00');
    expect(h.runner.calls.length).toBe(before);
  });
});
