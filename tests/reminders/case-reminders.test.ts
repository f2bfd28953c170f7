/**
 * The reminder sweep over case deadlines on SQLite: stages (临期 3 / 1 working days, 到期, 超期
 * daily), exactly-once per stage however often the sweep runs, recipients (officer DM + the
 * unit's groups), citations, and recompute on event changes.
 */
import { describe, expect, it } from 'vitest';
import { CaseDeadlineRepository } from '../../adapters/store/repositories/case-deadline-repository.js';
import { destinationKey } from '../../bot/delivery/delivery-target.js';
import { HAISHU_ROBOT, HAISHU_SLACK, reminderHarness } from './support/reminder-harness.js';
import { useTempSqlite } from './support/temp-sqlite.js';

const OFFICER_DM = { platform: 'console' as const, userId: 'zhangsan' };
// 立案 2026-11-20, 告知 2026-12-01 → 当事人申请听证期限 2026-12-08 (Tue; 行政处罚法 第六十四条, 5 working days).
const NOTIFIED = [{ type: 'filed', date: '2026-11-20' }, { type: 'notified', date: '2026-12-01' }];

describe('case deadline reminders', () => {
  const store = useTempSqlite();

  it('says nothing for a case registered with 立案 today until its warning window', async () => {
    const h = reminderHarness(store());
    await h.register([{ type: 'filed', date: '2026-11-20' }]);
    await h.sweepAt('2026-11-20 10:00');
    await h.sweepAt('2027-02-12 10:00'); // decision-period due 2027-02-18: 4 working days ahead
    expect(h.runner.calls).toHaveLength(0);
    await h.sweepAt('2027-02-15 10:00');
    expect(h.runner.titlesSince()).toEqual(Array(3).fill(
      '【临期提醒】甬交执罚〔2026〕123号 作出行政处罚决定期限（立案后九十日） 2027-02-18（还剩 3 个工作日）'));
  });

  it('inside the window sends one 临期 reminder per stage to the officer and the unit groups, however often it sweeps', async () => {
    const h = reminderHarness(store());
    await h.register(NOTIFIED);
    const counts = await h.sweepAt('2026-12-03 10:00', 5);
    expect(counts.reminders).toBe(0); // the 5th sweep found nothing new
    expect(h.runner.calls.map((j) => j.destinationKey).sort()).toEqual(
      [OFFICER_DM, HAISHU_SLACK, HAISHU_ROBOT].map(destinationKey).sort());
    const reply = h.runner.calls[0]!.payload.reply;
    expect(reply.title).toBe('【临期提醒】甬交执罚〔2026〕123号 当事人申请听证期限 2026-12-08（还剩 3 个工作日）');
    expect(reply.sections[0]!.items[0]!.note).toBe('2026-12-01 告知 + 5 个工作日 → 2026-12-08');
    expect(reply.citations.map((c) => c.article)).toContain('第六十四条');
    expect(reply.actions).toEqual([expect.objectContaining({ value: '收到 甬交执罚〔2026〕123号' })]);
    // The robot's text @-mentions the officer by WeCom id; the DM needs no mention.
    expect(h.runner.calls.find((j) => j.destination.platform === 'wecom-robot')!.payload.mentions).toEqual(['zhangsan']);

    await h.sweepAt('2026-12-07 10:00', 3);
    expect(h.runner.titlesSince(3)).toEqual(Array(3).fill(
      '【临期提醒】甬交执罚〔2026〕123号 当事人申请听证期限 2026-12-08（还剩 1 个工作日）'));
    expect(new Set(h.runner.calls.map((j) => j.id)).size).toBe(6);
  });

  it('sends 到期 on the day and 超期 once every day after, each with its own key', async () => {
    const h = reminderHarness(store());
    await h.register(NOTIFIED);
    await h.sweepAt('2026-12-08 09:00', 2);
    await h.sweepAt('2026-12-09 09:00', 2);
    await h.sweepAt('2026-12-10 09:00', 2);
    const officerTitles = h.runner.calls.filter((j) => j.destination.platform === 'console' && j.stage !== 'escalation')
      .map((j) => j.payload.reply.title);
    expect(officerTitles).toEqual([
      '【到期提醒】甬交执罚〔2026〕123号 当事人申请听证期限 2026-12-08（今日到期）',
      '【超期提醒】甬交执罚〔2026〕123号 当事人申请听证期限 2026-12-08（已超期 1 天）',
      '【超期提醒】甬交执罚〔2026〕123号 当事人申请听证期限 2026-12-08（已超期 2 天）',
    ]);
    const log = await h.repos.reminderLog.forSubject(`case:${(await h.repos.cases.findByNo('甬交执罚〔2026〕123号'))!.id}`);
    expect(log.map((r) => r.stage)).toEqual(expect.arrayContaining(['到期', '超期-2026-12-09', '超期-2026-12-10']));
  });

  it('audits every reminder: system, the rule, the stage and the destinations', async () => {
    const h = reminderHarness(store());
    const id = await h.register(NOTIFIED);
    await h.sweepAt('2026-12-03 10:00', 2);
    const entries = (await h.repos.audit.forSubject(`case:${id}`)).filter((e) => e.action.startsWith('reminder.'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: 'system', action: 'reminder.deadline-warning', rule: 'hearing-request' });
    expect(entries[0]!.detail).toMatchObject({ stage: '临期-3', due: '2026-12-08', caseNo: '甬交执罚〔2026〕123号' });
    expect(entries[0]!.detail.destinations).toHaveLength(3);
  });

  it('recomputes on a new 告知: the pending date is replaced and the old one is never reminded again', async () => {
    const h = reminderHarness(store());
    const id = await h.register(NOTIFIED);
    await h.sweepAt('2026-12-03 10:00');
    expect(h.runner.calls).toHaveLength(3);
    await h.record(id, { type: 'notified', date: '2026-12-03' }); // a later 告知: due 2026-12-10
    const stored = await new CaseDeadlineRepository(h.deps.db).listForCase(id);
    expect(stored.find((d) => d.rule === 'hearing-request')).toMatchObject({ due: '2026-12-10', remindedStage: null });
    await h.sweepAt('2026-12-07 10:00');
    expect(h.runner.titlesSince(3)).toEqual(Array(3).fill(
      '【临期提醒】甬交执罚〔2026〕123号 当事人申请听证期限 2026-12-10（还剩 3 个工作日）'));
  });

  it('keeps the progress of an unchanged date across a recompute (no repeat)', async () => {
    const h = reminderHarness(store());
    const id = await h.register(NOTIFIED);
    await h.sweepAt('2026-12-03 10:00');
    await h.record(id, { type: 'hearing', date: '2026-12-20' }); // adds a date, leaves 12-08 alone
    await h.sweepAt('2026-12-03 11:00');
    expect(h.runner.calls.filter((j) => j.rule === 'hearing-request')).toHaveLength(3);
  });

  it('stops reminding a case once it is closed (结案)', async () => {
    const h = reminderHarness(store());
    const id = await h.register(NOTIFIED);
    await h.record(id, { type: 'closed', date: '2026-12-02' });
    expect(await new CaseDeadlineRepository(h.deps.db).listForCase(id)).toEqual([]);
    await h.sweepAt('2026-12-03 10:00');
    await h.sweepAt('2026-12-09 10:00');
    expect(h.runner.calls).toHaveLength(0);
  });

  it('stores earliest dates for display but never reminds on them, nor on completed ones', async () => {
    const h = reminderHarness(store());
    const id = await h.register([
      { type: 'filed', date: '2026-11-02' }, { type: 'decided', date: '2026-11-16' }, { type: 'served', date: '2026-11-18' },
    ]);
    const stored = await new CaseDeadlineRepository(h.deps.db).listForCase(id);
    expect(stored.find((d) => d.rule === 'surcharge-start')).toMatchObject({ kind: 'earliest', due: '2026-12-04' });
    expect(stored.find((d) => d.rule === 'decision-period')).toMatchObject({ completed: true });
    await h.sweepAt('2026-12-04 10:00'); // fine-payment (latest, 12-03) overdue; surcharge-start (earliest) opens today
    expect(new Set(h.runner.calls.map((j) => j.rule))).toEqual(new Set(['fine-payment']));
  });
});
