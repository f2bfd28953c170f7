import { describe, expect, it } from 'vitest';
import { computeDeadlines, type ComputeDeadlinesInput } from '../../core/deadlines/compute-deadlines.js';
import type { CaseEvent } from '../../core/deadlines/case-event.js';
import type { DueDate } from '../../core/deadlines/due-date.js';
import { realKnowledge } from './real-knowledge.js';

const { knowledge, calendar } = realKnowledge();

function compute(events: CaseEvent[], now: ComputeDeadlinesInput['now'] = '2026-01-01', extra: Partial<ComputeDeadlinesInput> = {}): DueDate[] {
  return computeDeadlines({ events, rules: knowledge.deadlineRules, calendar, now, eventTypes: knowledge.events, ...extra });
}

function one(rule: string, events: CaseEvent[], now?: ComputeDeadlinesInput['now'], extra?: Partial<ComputeDeadlinesInput>): DueDate {
  const found = compute(events, now, extra).find((d) => d.rule === rule);
  if (!found) throw new Error(`no due date for ${rule}`);
  return found;
}

describe('worked examples of legal-facts.md §2 through the real rules', () => {
  it('立案 2026-01-05: decision by 2026-04-07, rolled past 清明 by analogy with 民事诉讼法 第八十五条 (待核实)', () => {
    const d = one('decision-period', [{ type: 'filed', date: '2026-01-05' }]);
    expect(d).toMatchObject({ due: '2026-04-07', start: '2026-01-05', trigger: 'filed', basis: '《中华人民共和国行政处罚法》第六十条', estimate: false, unverified: true });
    expect(d.derivation).toBe('2026-01-05 立案 + 90 日 → 2026-04-05（清明节假期），顺延至 2026-04-07（参照民事诉讼法第八十五条类推，待核实）');
    expect(d.citations.map((c) => `${c.law}${c.article}${c.verified}`)).toEqual([
      '中华人民共和国行政处罚法第六十条true', '中华人民共和国民事诉讼法第八十五条false',
    ]);
  });

  it('宣告 2026-02-12, party absent: serve by Sat 2026-02-28 (调休上班 counted, flagged)', () => {
    const d = one('decision-service', [{ type: 'decided', date: '2026-02-12' }]);
    expect(d.due).toBe('2026-02-28');
    expect(d.basis).toBe('《中华人民共和国行政处罚法》第六十一条第一款');
    expect(d.derivation).toContain('跳过春节假期');
    expect(d.derivation).toContain('2026-02-14、2026-02-28');
    expect(d.unverified).toBe(true);
    expect(d.note).toContain('调休上班日计为工作日系通行做法');
    expect(d.citations.map((c) => c.article)).toEqual(['第六十一条', '第八十五条']);
  });

  it('催告书送达 2025-01-20: court application possible from Sat 2025-02-08', () => {
    const d = one('demand-court-application', [{ type: 'demand-served', date: '2025-01-20' }]);
    expect(d).toMatchObject({ due: '2025-02-08', kind: 'earliest', basis: '《中华人民共和国行政强制法》第五十四条' });
    expect(d.citations.some((c) => c.article === '第六十九条')).toBe(true);
  });

  it('告知 2025-09-26: hearing request by Fri 2025-10-10', () => {
    expect(one('hearing-request', [{ type: 'notified', date: '2025-09-26' }]).due).toBe('2025-10-10');
  });

  it('收到决定书 2025-09-20: fine due Thu 2025-10-09', () => {
    const d = one('fine-payment', [{ type: 'served', date: '2025-09-20' }]);
    expect(d.due).toBe('2025-10-09');
    expect(d.basis).toBe('《中华人民共和国行政处罚法》第六十七条第三款');
    expect(d.derivation).toContain('2025-10-05（国庆节、中秋节假期），顺延至 2025-10-09');
  });

  it('the design example: 2026-09-29 告知 + 5 个工作日，跳过国庆假期 → 2026-10-12', () => {
    const d = one('hearing-request', [{ type: 'notified', date: '2026-09-29' }]);
    expect(d.due).toBe('2026-10-12');
    expect(d.derivation).toMatch(/^2026-09-29 告知 \+ 5 个工作日，跳过国庆节假期.* → 2026-10-12$/);
  });
});

describe('status relative to now', () => {
  const decided: CaseEvent[] = [{ type: 'decided', date: '2026-02-12' }]; // due 2026-02-28
  it.each([
    ['2026-02-12', '未到期'],
    ['2026-02-24', '未到期'], // 4 working days ahead
    ['2026-02-25', '临期'], // 2-26, 2-27, 2-28
    ['2026-02-27', '临期'],
    ['2026-02-28', '到期'],
    ['2026-03-01', '超期'],
  ])('on %s the service deadline is %s', (now, status) => {
    expect(one('decision-service', decided, now).status).toBe(status);
  });

  it('judges an instant in Asia/Shanghai (00:30 on the due day is 到期)', () => {
    expect(one('decision-service', decided, new Date('2026-02-27T16:30:00Z')).status).toBe('到期');
    expect(one('decision-service', decided, new Date('2026-02-27T16:30:00Z'), { timeZone: 'UTC' }).status).toBe('临期');
  });

  it('counts 临期 in working days: a holiday week between now and the due date is not counted', () => {
    // fine due 2025-10-09; from 2025-09-30 only 10-09 is a working day ahead
    expect(one('fine-payment', [{ type: 'served', date: '2025-09-20' }], '2025-09-30').status).toBe('临期');
    expect(one('fine-payment', [{ type: 'served', date: '2025-09-20' }], '2025-09-25').status).toBe('未到期');
  });

  it('an earliest date opens and never becomes overdue', () => {
    const events: CaseEvent[] = [{ type: 'demand-served', date: '2025-01-20' }];
    expect(one('demand-court-application', events, '2025-02-07').status).toBe('未到期');
    expect(one('demand-court-application', events, '2025-02-08').status).toBe('到期');
    expect(one('demand-court-application', events, '2025-06-01').status).toBe('到期');
  });
});

describe('satisfiedBy', () => {
  it('送达 stops the 决定→送达 clock', () => {
    const d = one('decision-service', [{ type: 'decided', date: '2026-02-12' }, { type: 'served', date: '2026-02-24' }], '2026-03-10');
    expect(d).toMatchObject({ status: '已完成', completedOn: '2026-02-24' });
  });

  it('says so when the satisfying event came late', () => {
    const d = one('decision-service', [{ type: 'decided', date: '2026-02-12' }, { type: 'served', date: '2026-03-02' }], '2026-03-10');
    expect(d.status).toBe('已完成');
    expect(d.note).toContain('已于 2026-03-02 完成，晚于期限 2026-02-28');
  });

  it('ignores a satisfying event from before the start', () => {
    const d = one('hearing-request', [{ type: 'hearing-requested', date: '2026-09-01' }, { type: 'notified', date: '2026-09-29' }], '2026-09-30');
    expect(d.status).toBe('未到期');
  });
});

describe('counting back', () => {
  it('hearing notice: 7 working days before the hearing', () => {
    const d = one('hearing-notice', [{ type: 'hearing', date: '2026-10-12' }], '2026-09-01');
    expect(d).toMatchObject({ due: '2026-09-24', direction: 'before', basis: '《中华人民共和国行政处罚法》第六十四条第（二）项' });
    expect(d.derivation).toContain('2026-10-12 举行听证 往前 7 个工作日');
    expect(d.derivation).toContain('跳过国庆节、中秋节假期');
  });
});

describe('chained rules', () => {
  const served: CaseEvent[] = [{ type: 'served', date: '2025-09-20' }];

  it('court application: 3 months after the 6-month litigation period ends', () => {
    const all = compute(served, '2025-10-01');
    const litigation = all.find((d) => d.rule === 'litigation-period')!;
    const court = all.find((d) => d.rule === 'court-enforcement-application')!;
    expect(litigation.due).toBe('2026-03-20');
    expect(court).toMatchObject({ start: '2026-03-20', trigger: 'served', due: '2026-06-22' });
    expect(court.derivation).toBe('2026-03-20 提起行政诉讼期限届满 + 3 个月 → 2026-06-20（端午节假期），顺延至 2026-06-22（参照民事诉讼法第八十五条类推，待核实）');
    expect(court.note).toContain('第一百五十六条');
  });

  it('surcharge starts the day after the payment period and may be enforced after 30 more days', () => {
    const all = compute(served, '2025-10-01');
    expect(all.find((d) => d.rule === 'surcharge-start')).toMatchObject({ due: '2025-10-10', kind: 'earliest' });
    expect(all.find((d) => d.rule === 'surcharge-enforcement')).toMatchObject({ due: '2025-11-09', kind: 'earliest' });
    expect(all.find((d) => d.rule === 'surcharge-start')!.note).toContain('百分之三');
  });

  it('returns due dates in date order', () => {
    const dues = compute(served, '2025-10-01').map((d) => d.due);
    expect(dues).toEqual([...dues].sort());
  });

  it('leaves out a chained rule whose parent is done, and rejects a cycle', () => {
    const base = knowledge.deadlineRules.find((r) => r.id === 'decision-service')!;
    const child = { ...base, id: 'after-service', after: 'decision-service', satisfiedBy: undefined };
    const events: CaseEvent[] = [{ type: 'decided', date: '2026-02-12' }];
    const rules = [base, child];
    expect(computeDeadlines({ events, rules, calendar, now: '2026-02-13' }).map((d) => d.rule)).toEqual(['decision-service', 'after-service']);
    const done = computeDeadlines({ events: [...events, { type: 'served', date: '2026-02-13' }], rules, calendar, now: '2026-02-13' });
    expect(done.map((d) => d.rule)).toEqual(['decision-service']);
    const loop = [{ ...base, id: 'a', after: 'b' }, { ...base, id: 'b', after: 'a' }];
    expect(() => computeDeadlines({ events, rules: loop, calendar, now: '2026-02-13' })).toThrow(/cycle/);
  });
});

describe('extension (延期)', () => {
  const seized: CaseEvent = { type: 'seized', date: '2026-03-02' };

  it('30 days without extension, with the extension offered', () => {
    const d = one('seizure-period', [seized]);
    expect(d.due).toBe('2026-04-01');
    expect(d.extension).toMatchObject({ length: 30, unit: 'calendarDays', applied: false });
    expect(d.extension!.basis).toContain('第二十五条');
  });

  it('adds 30 days when extended within the period, then rolls past 劳动节', () => {
    const d = one('seizure-period', [seized, { type: 'extended', date: '2026-03-20' }]);
    expect(d.due).toBe('2026-05-06');
    expect(d.extension).toMatchObject({ applied: true, on: '2026-03-20' });
    expect(d.derivation).toBe('2026-03-02 查封扣押 + 30 日 + 延长 30 日 → 2026-05-01（劳动节假期），顺延至 2026-05-06（参照民事诉讼法第八十五条类推，待核实）');
  });

  it('does not count an extension decided after the period ran out', () => {
    const d = one('seizure-period', [seized, { type: 'extended', date: '2026-04-03', rule: 'seizure-period' }]);
    expect(d.due).toBe('2026-04-01');
    expect(d.extension!.applied).toBe(false);
    expect(d.note).toContain('晚于原期限届满日 2026-04-01');
  });

  it('an extension aimed at another rule does not apply', () => {
    const d = one('seizure-period', [seized, { type: 'extended', date: '2026-03-20', rule: 'reconsideration-decision-period' }]);
    expect(d.due).toBe('2026-04-01');
  });
});

describe('estimates for years without official data', () => {
  it('a working-day count into 2027 is an estimate and says so', () => {
    const d = one('hearing-request', [{ type: 'notified', date: '2026-12-28' }], '2026-12-28');
    expect(d.due).toBe('2027-01-04'); // 2027-01-01 counted as a weekday until the 2027 notice is loaded
    expect(d.estimate).toBe(true);
    expect(d.estimateYears).toEqual([2027]);
    expect(d.derivation).toContain('2027 年尚无官方放假安排，按周末估算');
  });

  it('a month period ending on a 2027 month end: 2026-08-31 + 6 months', () => {
    const d = one('litigation-period', [{ type: 'served', date: '2026-08-31' }], '2026-09-01');
    expect(d.due).toBe('2027-03-01'); // 2027-02-28 is a Sunday
    expect(d.estimate).toBe(true);
    expect(d.derivation).toContain('2027-02-28（无对应日，取月末；休息日），顺延至 2027-03-01');
    expect(d.citations.map((c) => c.article)).toContain('第二百零三条');
  });

  it('a chained rule inherits the estimate of its parent', () => {
    const d = one('court-enforcement-application', [{ type: 'served', date: '2026-08-31' }], '2026-09-01');
    expect(d).toMatchObject({ estimate: true, unverified: true });
  });

  it('a count wholly inside 2026 is not an estimate', () => {
    expect(one('fine-payment', [{ type: 'served', date: '2026-05-06' }]).estimate).toBe(false);
  });
});

describe('other units and bases', () => {
  it('24 hours from an emergency measure, with the time', () => {
    const d = one('emergency-measure-approval', [{ type: 'on-the-spot-measure', date: '2026-10-01', time: '22:30' }], '2026-10-01');
    expect(d).toMatchObject({ due: '2026-10-02', dueTime: '22:30', status: '临期' });
    expect(d.derivation).toBe('2026-10-01 22:30 当场实施行政强制措施 + 24 小时 → 2026-10-02 22:30');
  });

  it('复议 60 days: the roll-forward is statutory via 行政复议法 第八十八条', () => {
    const d = one('reconsideration-period', [{ type: 'served', date: '2026-07-27' }], '2026-08-01');
    expect(d.due).toBe('2026-09-28'); // raw 2026-09-25 is 中秋
    expect(d.derivation).toContain('依《中华人民共和国行政复议法》第八十八条第一款适用民事诉讼法第八十五条');
    expect(d.unverified).toBe(false);
  });

  it('追责时效: 2 years, and 5 years for the serious case', () => {
    const all = compute([{ type: 'violation', date: '2024-03-15' }], '2026-01-01');
    expect(all.find((d) => d.rule === 'limitation-period')).toMatchObject({ due: '2026-03-16', basis: '《中华人民共和国行政处罚法》第三十六条' });
    expect(all.find((d) => d.rule === 'limitation-period-serious')!.due).toBe('2029-03-15');
  });

  it('超限 case information: the unverified article number is flagged', () => {
    const d = one('overload-case-info', [{ type: 'closed', date: '2026-06-18' }]);
    expect(d.due).toBe('2026-06-30');
    expect(d.unverified).toBe(true);
    expect(d.basis).toContain('（待核实）');
  });
});

describe('English and bad input', () => {
  it('gives English titles and derivations on request', () => {
    const d = one('hearing-request', [{ type: 'notified', date: '2026-09-29' }], '2026-09-30', { locale: 'en' });
    expect(d.title).toBe("Party's hearing request within 5 working days of notice");
    expect(d.derivation).toBe('2026-09-29 notice + 5 working days, skipping National Day holiday, counting adjusted working day 2026-10-10 → 2026-10-12');
    const f = one('decision-period', [{ type: 'filed', date: '2026-01-05' }], '2026-01-06', { locale: 'en' });
    expect(f.derivation).toContain('moved to 2026-04-07 (by analogy with Civil Procedure Law Art. 85, unverified)');
  });

  it('rejects an impossible date or time with a ValidationError', () => {
    expect(() => compute([{ type: 'filed', date: '2026-02-30' }])).toThrow(/event filed/);
    expect(() => compute([{ type: 'on-the-spot-measure', date: '2026-03-02', time: '25:00' }])).toThrow(/HH:mm/);
    expect(() => compute([], 'yesterday')).toThrow(/now/);
  });

  it('returns nothing for events no rule starts from, and uses the latest of repeated events', () => {
    expect(compute([{ type: 'hearing-requested', date: '2026-03-02' }])).toEqual([]);
    const d = one('hearing-request', [{ type: 'notified', date: '2026-09-29' }, { type: 'notified', date: '2026-03-02' }], '2026-09-30');
    expect(d.start).toBe('2026-09-29');
  });
});
