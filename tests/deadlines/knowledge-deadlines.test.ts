import { describe, expect, it } from 'vitest';
import { realKnowledge } from './real-knowledge.js';

const { knowledge } = realKnowledge();
const rule = (id: string) => {
  const found = knowledge.deadlineRules.find((r) => r.id === id);
  if (!found) throw new Error(`missing rule ${id}`);
  return found;
};

describe('knowledge/deadlines', () => {
  it.each([
    ['decision-period', 'filed', 90, 'calendarDays', '第六十条'],
    ['decision-service', 'decided', 7, 'workingDays', '第六十一条'],
    ['hearing-request', 'notified', 5, 'workingDays', '第六十四条'],
    ['hearing-notice', 'hearing', 7, 'workingDays', '第六十四条'],
    ['fine-payment', 'served', 15, 'calendarDays', '第六十七条'],
    ['surcharge-start', 'served', 1, 'calendarDays', '第七十二条'],
    ['evidence-preservation', 'evidence-preserved', 7, 'workingDays', '第五十六条'],
    ['seizure-period', 'seized', 30, 'calendarDays', '第二十五条'],
    ['demand-court-application', 'demand-served', 10, 'workingDays', '第五十四条'],
    ['surcharge-enforcement', 'served', 30, 'calendarDays', '第四十六条'],
    ['reconsideration-period', 'served', 60, 'calendarDays', '第二十条'],
    ['litigation-period', 'served', 6, 'months', '第四十六条'],
    ['litigation-after-reconsideration', 'reconsideration-decision-received', 15, 'calendarDays', '第四十五条'],
    ['court-enforcement-application', 'served', 3, 'months', '第五十三条'],
    ['limitation-period', 'violation', 2, 'years', '第三十六条'],
    ['limitation-period-serious', 'violation', 5, 'years', '第三十六条'],
    ['on-spot-fine-handover', 'fine-collected-on-spot', 2, 'workingDays', '第七十一条'],
    ['emergency-measure-approval', 'on-the-spot-measure', 24, 'hours', '第十九条'],
    ['overload-case-info', 'closed', 7, 'workingDays', '第四十四条'],
  ])('%s: %s + %i %s (%s)', (id, trigger, length, unit, article) => {
    expect(rule(id)).toMatchObject({ trigger, length, unit, citation: { article } });
  });

  it('uses 第六十七条 第三款 for the 15-day payment, never 第六十六条', () => {
    expect(rule('fine-payment').citation).toMatchObject({ article: '第六十七条', clause: '第三款' });
  });

  it('cites the working-day provision for every statutory working-day period', () => {
    for (const r of knowledge.deadlineRules.filter((r) => r.unit === 'workingDays' && r.id !== 'overload-case-info')) {
      expect(r.unitBasis?.article, r.id).toMatch(/^第(八十五|六十九|八十八)条$/);
    }
  });

  it('keeps what legal-facts.md marks UNVERIFIED unverified', () => {
    expect(rule('overload-case-info').citation.verified).toBe(false);
    expect(knowledge.deadlineRules.filter((r) => !r.citation.verified).map((r) => r.id)).toEqual(['overload-case-info']);
  });

  it('gives every rule keywords so questions can find it', () => {
    for (const r of knowledge.deadlineRules) expect(r.keywords.length, r.id).toBeGreaterThan(2);
  });

  it('chains: court application after the litigation period, surcharge after payment', () => {
    expect(rule('court-enforcement-application').after).toBe('litigation-period');
    expect(rule('surcharge-start').after).toBe('fine-payment');
    expect(rule('surcharge-enforcement').after).toBe('surcharge-start');
    expect(rule('decision-service').satisfiedBy).toBe('served');
    expect(rule('seizure-period').extension).toMatchObject({ length: 30, unit: 'calendarDays' });
  });
});

describe('knowledge/events', () => {
  it('has the events officers name, with English names', () => {
    const ids = knowledge.events.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([
      'violation', 'filed', 'notified', 'hearing-requested', 'hearing', 'decided', 'served', 'evidence-preserved', 'seized',
      'demand-served', 'reconsideration-decision-received', 'extended', 'closed',
    ]));
    for (const e of knowledge.events) expect(e.names.some((n) => /^[a-z]/i.test(n)), e.id).toBe(true);
  });

  it('never gives one name to two events', () => {
    const owner = new Map<string, string>();
    for (const e of knowledge.events) {
      for (const n of new Set([e.name, e.nameEn, ...e.names].map((x) => x.toLowerCase()))) {
        expect(owner.get(n), `${n} in ${e.id} and ${owner.get(n)}`).toBeUndefined();
        owner.set(n, e.id);
      }
    }
  });
});
