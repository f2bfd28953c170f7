/**
 * Quiet hours and rest days defer reminders (never drop them); overdue dates nobody acknowledged
 * escalate once to the unit's supervisor after one working day; remindSoon reminds at once.
 */
import { describe, expect, it } from 'vitest';
import { remindSoon, scheduleReminderSweep, REMINDER_SWEEP_EVERY_MS } from '../../bot/reminders/schedule-sweep.js';
import { escalationRecipients } from '../../bot/reminders/recipients.js';
import { OFFICER, reminderHarness, testDirectory } from './support/reminder-harness.js';
import { useTempSqlite } from './support/temp-sqlite.js';

const NOTIFIED = [{ type: 'filed', date: '2026-11-20' }, { type: 'notified', date: '2026-12-01' }]; // due 2026-12-08

describe('quiet hours and rest days', () => {
  const store = useTempSqlite();

  it('defers a reminder decided in quiet hours to 08:00 the next working day, and keeps it', async () => {
    const h = reminderHarness(store());
    await h.register(NOTIFIED);
    await h.sweepAt('2026-12-03 22:00'); // Thursday night
    expect(h.runner.calls).toHaveLength(3);
    for (const job of h.runner.calls) expect(job.notBefore?.toISOString()).toBe('2026-12-04T00:00:00.000Z'); // Fri 08:00
    await h.sweepAt('2026-12-04 08:01');
    expect(h.runner.calls).toHaveLength(3); // not re-sent, not dropped: the deferred jobs stand
  });

  it('defers over a weekend to Monday 08:00', async () => {
    const h = reminderHarness(store());
    await h.register(NOTIFIED);
    await h.sweepAt('2026-12-05 10:00'); // Saturday: 2 working days left, first seen → 临期-3
    expect(h.runner.calls).toHaveLength(3);
    expect(h.runner.calls[0]!.payload.reply.title).toContain('（还剩 2 个工作日）');
    for (const job of h.runner.calls) expect(job.notBefore?.toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });

  it('sends at once when quietHours is none', async () => {
    const h = reminderHarness(store(), testDirectory({ quietHours: null }));
    await h.register(NOTIFIED);
    await h.sweepAt('2026-12-05 23:00');
    expect(h.runner.calls.every((j) => j.notBefore === undefined)).toBe(true);
  });
});

describe('escalation of unacknowledged overdue dates', () => {
  const store = useTempSqlite();
  const toWangwu = (jobs: { destinationKey: string; stage: string }[]) =>
    jobs.filter((j) => j.destinationKey === 'user:console:wangwu' && j.stage === 'escalation');

  it('escalates once to the unit supervisor one working day after the first overdue reminder', async () => {
    const h = reminderHarness(store());
    const id = await h.register(NOTIFIED);
    await h.sweepAt('2026-12-09 09:00'); // first 超期 reminder (Wed)
    await h.sweepAt('2026-12-09 17:00');
    expect(toWangwu(h.runner.calls)).toHaveLength(0);
    await h.sweepAt('2026-12-10 07:00'); // Thursday, still quiet hours: not yet decided
    expect(toWangwu(h.runner.calls)).toHaveLength(0);
    await h.sweepAt('2026-12-10 08:00', 3);
    const escalations = toWangwu(h.runner.calls);
    expect(escalations).toHaveLength(1);
    const job = h.runner.calls.find((j) => j.stage === 'escalation')!;
    expect(job.payload.reply.title).toBe('【超期未确认】甬交执罚〔2026〕123号 当事人申请听证期限 2026-12-08（已超期 2 天）');
    expect(job.payload.reply.citations.length).toBeGreaterThan(0);
    const audit = await h.repos.audit.forSubject(`case:${id}`);
    expect(audit.filter((e) => e.action === 'reminder.overdue-escalation')).toHaveLength(1);
  });

  it('does not escalate when someone acknowledged the overdue reminder (收到 <案号>)', async () => {
    const h = reminderHarness(store());
    const id = await h.register(NOTIFIED);
    await h.sweepAt('2026-12-09 09:00');
    await h.repos.reminderLog.acknowledgeSubject(`case:${id}`, OFFICER);
    await h.sweepAt('2026-12-10 09:00');
    await h.sweepAt('2026-12-11 09:00');
    expect(h.runner.calls.filter((j) => j.stage === 'escalation')).toHaveLength(0);
    const audit = await h.repos.audit.forSubject(`case:${id}`);
    expect(audit.filter((e) => e.action === 'reminder.escalation-not-needed')).toHaveLength(1);
    // Overdue reminders go on daily until the date is dealt with.
    expect(h.runner.calls.filter((j) => j.stage === '超期-2026-12-11')).toHaveLength(3);
  });

  it('waits for a working day: an overdue reminder deferred over the weekend escalates on Tuesday', async () => {
    const h = reminderHarness(store());
    // 告知 2026-11-27 (Fri) + 5 working days → due 2026-12-04 (Fri); first 超期 on Sat reaches people Mon.
    await h.register([{ type: 'filed', date: '2026-11-20' }, { type: 'notified', date: '2026-11-27' }]);
    await h.sweepAt('2026-12-05 10:00');
    await h.sweepAt('2026-12-07 10:00');
    expect(h.runner.calls.filter((j) => j.stage === 'escalation')).toHaveLength(0);
    await h.sweepAt('2026-12-08 08:30');
    expect(h.runner.calls.filter((j) => j.stage === 'escalation')).toHaveLength(1);
  });

  it('escalates to scoped supervisors, then unscoped ones, then admins', () => {
    const directory = testDirectory();
    expect(escalationRecipients(directory, 'haishu').map((p) => p.name)).toEqual(['王五']);
    expect(escalationRecipients(directory, 'jiangbei').map((p) => p.name)).toEqual(['孙八']);
    const noSupervisors = testDirectory({ people: directory.people.filter((p) => p.role !== 'supervisor') });
    expect(escalationRecipients(noSupervisors, 'haishu').map((p) => p.name)).toEqual(['周九']);
  });
});

describe('scheduling', () => {
  const store = useTempSqlite();

  it('reminds a case registered inside a warning window at once (remindSoon)', async () => {
    const h = reminderHarness(store());
    h.setNow('2026-12-07 10:00');
    const { case: record } = await h.repos.cases.register({ caseNo: '甬交执罚〔2026〕9号', caseType: 'illegal-operation', unitId: 'haishu', officer: OFFICER, events: NOTIFIED });
    const counts = await remindSoon(h.deps, record.id);
    expect(counts.reminders).toBe(1);
    expect(h.runner.titlesSince()[0]).toBe('【临期提醒】甬交执罚〔2026〕9号 当事人申请听证期限 2026-12-08（还剩 1 个工作日）');
  });

  it('registers the sweep to run every minute', async () => {
    const h = reminderHarness(store());
    await scheduleReminderSweep(h.deps as typeof h.deps & { runner: typeof h.runner });
    expect(h.runner.periodic.map((p) => [p.name, p.everyMs])).toEqual([['reminder-sweep', REMINDER_SWEEP_EVERY_MS]]);
    await h.register(NOTIFIED);
    h.setNow('2026-12-03 10:00');
    await h.runner.periodic[0]!.fn();
    expect(h.runner.calls).toHaveLength(3);
  });
});
