import { describe, expect, it } from 'vitest';
import { findEventMentions, findEventType } from '../../core/deadlines/find-event-type.js';
import { findRulesByKeywords, rulesForEvent } from '../../core/deadlines/find-rules.js';
import { realKnowledge } from './real-knowledge.js';

const { knowledge } = realKnowledge();
const rules = knowledge.deadlineRules;
const events = knowledge.events;

describe('rulesForEvent', () => {
  it('lists the rules a 送达 starts, chained ones included', () => {
    const ids = rulesForEvent(rules, 'served').map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([
      'fine-payment', 'surcharge-start', 'surcharge-enforcement', 'reconsideration-period', 'litigation-period', 'court-enforcement-application',
    ]));
    expect(ids).not.toContain('decision-service');
  });

  it('is empty for an event that starts nothing', () => {
    expect(rulesForEvent(rules, 'hearing-requested')).toEqual([]);
  });
});

describe('findRulesByKeywords', () => {
  it.each([
    ['超限的案子几天内要结', 'decision-period'],
    ['听证申请期限', 'hearing-request'],
    ['当事人几天内缴纳罚款', 'fine-payment'],
    ['加处罚款从哪天开始', 'surcharge-start'],
    ['扣押车辆最长多久', 'seizure-period'],
    ['对处罚不服申请行政复议的期限', 'reconsideration-period'],
    ['当事人起诉期限是多久', 'litigation-period'],
    ['先行登记保存后几天要处理', 'evidence-preservation'],
    ['听证通知要提前几天', 'hearing-notice'],
    ['How many days to request a hearing', 'hearing-request'],
  ])('"%s" → %s first', (question, id) => {
    expect(findRulesByKeywords(rules, question)[0]?.rule.id).toBe(id);
  });

  it('accepts segmented words and finds nothing for unrelated text', () => {
    expect(findRulesByKeywords(rules, ['催告', '强制执行']).map((m) => m.rule.id)).toContain('demand-court-application');
    expect(findRulesByKeywords(rules, '今天天气怎么样')).toEqual([]);
    expect(findRulesByKeywords(rules, '   ')).toEqual([]);
  });
});

describe('findEventType', () => {
  it.each([
    ['立案', 'filed'], ['filed', 'filed'], ['告知', 'notified'], ['告知书送达', 'notified'], ['notice', 'notified'],
    ['宣告处罚决定', 'decided'], ['作出决定', 'decided'], ['送达', 'served'], ['收到处罚决定书', 'served'],
    ['Service', 'served'], ['送达催告书', 'demand-served'], ['先行登记保存', 'evidence-preserved'], ['扣押', 'seized'],
    ['延期', 'extended'], ['收到复议决定', 'reconsideration-decision-received'], ['结案', 'closed'],
    ['违法行为终了', 'violation'], ['听证', 'hearing'], ['申请听证', 'hearing-requested'], [' hearing request ', 'hearing-requested'],
  ])('%s → %s', (name, id) => {
    expect(findEventType(name, events)?.id).toBe(id);
  });

  it('finds nothing for an unknown name', () => {
    expect(findEventType('吃饭', events)).toBeUndefined();
    expect(findEventType('', events)).toBeUndefined();
  });
});

describe('findEventMentions', () => {
  it('prefers the longer name and keeps text order', () => {
    const ids = (text: string) => findEventMentions(text, events).map((m) => m.event.id);
    expect(ids('2025年1月20日送达催告书，什么时候可以申请法院强制执行')).toEqual(['demand-served']);
    expect(ids('2026-02-12宣告处罚决定，当事人不在场，几号前送达')).toEqual(['decided', 'served']);
    expect(ids('9月25日立案，9月29日告知书送达')).toEqual(['filed', 'notified']);
    expect(ids('filed on 2026-09-25, notices sent')).toEqual(['filed']);
  });
});
