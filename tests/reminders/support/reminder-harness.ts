import { createRepositories, type Repositories } from '../../../adapters/store/repositories/index.js';
import type { PersonRef } from '../../../adapters/store/repositories/person-ref.js';
import type { NewCaseEvent } from '../../../adapters/store/repositories/case-records.js';
import type { Store } from '../../../adapters/store/store.js';
import type { Directory } from '../../../bot/config/directory.js';
import { recomputeCaseDeadlines } from '../../../bot/reminders/recompute-case-deadlines.js';
import type { ReminderDeps } from '../../../bot/reminders/reminder-deps.js';
import { runReminderSweep } from '../../../bot/reminders/sweep.js';
import type { SweepCounts } from '../../../bot/reminders/sweep-counts.js';
import { createWorkingCalendar } from '../../../core/calendar/create-working-calendar.js';
import { testKnowledge } from '../../support/test-knowledge.js';
import { RecordingRunner } from './recording-runner.js';

export const CASE_NO = '甬交执罚〔2026〕123号';
export const OFFICER: PersonRef = { platform: 'console', userId: 'zhangsan', name: '张三' };
export const ISSUER: PersonRef = { platform: 'console', userId: 'sunba', name: '孙八' };
export const MEMBER: PersonRef = { platform: 'wecom', userId: 'zhaoliu', name: '赵六' };

export const HAISHU_SLACK = { platform: 'slack' as const, channel: 'C0HAISHU' };
export const HAISHU_ROBOT = { platform: 'wecom-robot' as const, webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=FAKE-HAISHU' };

/** 海曙 has a group on Slack and a WeCom robot; 王五 supervises it, 孙八 all units, 周九 is admin. */
export function testDirectory(overrides: Partial<Directory> = {}): Directory {
  return {
    timezone: 'Asia/Shanghai',
    quietHours: { start: '20:00', end: '08:00' },
    units: [
      { id: 'haishu', name: '海曙大队', aliases: [], destinations: [HAISHU_SLACK, HAISHU_ROBOT] },
      { id: 'jiangbei', name: '江北大队', aliases: [], destinations: [{ platform: 'slack', channel: 'C0JIANGBEI' }] },
    ],
    people: [
      { name: '张三', unit: 'haishu', role: 'officer', ids: { console: 'zhangsan', wecom: 'zhangsan' } },
      { name: '王五', unit: 'haishu', role: 'supervisor', ids: { console: 'wangwu' } },
      { name: '孙八', role: 'supervisor', ids: { console: 'sunba' }, scope: ['jiangbei'] },
      { name: '周九', role: 'admin', ids: { console: 'zhoujiu' } },
    ],
    ...overrides,
  };
}

/** Beijing wall-clock time → instant: at('2026-12-03 10:00'). */
export function at(local: string): Date {
  return new Date(`${local.replace(' ', 'T')}:00+08:00`);
}

/** A migrated store with reminder deps on a settable clock and a recording runner. */
export interface ReminderHarness {
  deps: ReminderDeps;
  repos: Repositories;
  runner: RecordingRunner;
  setNow(local: string): void;
  /** Registers CASE_NO (or `caseNo`) with events and recomputes its dates; returns the case id. */
  register(events: NewCaseEvent[], caseNo?: string): Promise<string>;
  /** Records an event and recomputes, as the services do. */
  record(caseId: string, event: NewCaseEvent): Promise<void>;
  /** Sets the clock and sweeps `times` times. */
  sweepAt(local: string, times?: number): Promise<SweepCounts>;
}

export function reminderHarness(store: Store, directory: Directory = testDirectory()): ReminderHarness {
  const knowledge = testKnowledge();
  let now = at('2026-11-20 10:00');
  const clock = () => new Date(now);
  const runner = new RecordingRunner(store.db);
  const repos = createRepositories(store.db, { now: clock });
  const deps: ReminderDeps = {
    db: store.db, knowledge, calendar: createWorkingCalendar(knowledge.calendarYears), directory, runner, now: clock,
  };
  const setNow = (local: string) => { now = at(local); };
  return {
    deps, repos, runner, setNow,
    async register(events, caseNo = CASE_NO) {
      const { case: record } = await repos.cases.register({ caseNo, caseType: 'illegal-operation', unitId: 'haishu', officer: OFFICER, events });
      await recomputeCaseDeadlines(deps, record.id);
      return record.id;
    },
    async record(caseId, event) {
      await repos.caseEvents.record(caseId, { ...event, recordedBy: OFFICER });
      await recomputeCaseDeadlines(deps, caseId);
    },
    async sweepAt(local, times = 1) {
      setNow(local);
      let last: SweepCounts | undefined;
      for (let i = 0; i < times; i++) last = await runReminderSweep(deps, clock());
      return last!;
    },
  };
}
