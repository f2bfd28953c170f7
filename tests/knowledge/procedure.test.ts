import { describe, expect, it } from 'vitest';
import type { ProcedureAnswer } from '../../core/knowledge/schema/procedure-answer-schema.js';
import { ownKnowledge } from './own-knowledge.js';

// Load at collection time: parsing all knowledge files takes a few seconds on a cold start.
ownKnowledge();

const CJK = /[\u4e00-\u9fff]/;
function answer(id: string): ProcedureAnswer {
  const found = ownKnowledge().procedure.find((p) => p.id === id);
  if (!found) throw new Error(`no procedure answer ${id}`);
  return found;
}
function cites(a: ProcedureAnswer, law: string, article: string) {
  return a.citations.some((c) => c.law === law && c.article === article);
}

describe('procedure Q&A', () => {
  it('has at least 20 answers, each in Chinese and English with keywords in both', () => {
    const all = ownKnowledge().procedure;
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const a of all) {
      expect(a.answer, a.id).toMatch(CJK);
      expect(a.answerEn, a.id).not.toMatch(CJK);
      expect(a.keywords.some((k) => CJK.test(k)), a.id).toBe(true);
      expect(a.keywords.some((k) => /^[a-z ]+$/i.test(k)), a.id).toBe(true);
    }
  });

  it.each([
    ['legal-review-scope', '行政处罚法', '第五十八条', /五十八/],
    ['legal-review-scope', '行政处罚法', '第五十七条', /集体讨论/],
    ['hearing-request-period', '行政处罚法', '第六十四条', /五日/],
    ['hearing-request-period', '行政处罚法', '第八十五条', /工作日/],
    ['hearing-notice-period', '行政处罚法', '第六十四条', /七日前/],
    ['statement-no-heavier', '行政处罚法', '第四十五条', /不得因当事人陈述、申辩而给予更重的处罚/],
    ['summary-procedure', '行政处罚法', '第五十一条', /二百元以下.*三千元以下/],
    ['late-payment-surcharge', '行政处罚法', '第七十二条', /百分之三.*不得超出罚款的数额/],
    ['limitation-period', '行政处罚法', '第三十六条', /二年.*五年/],
    ['seizure-time-limits', '行政强制法', '第二十五条', /三十日/],
    ['evidence-preservation', '行政处罚法', '第五十六条', /七日/],
    ['fine-payment-period', '行政处罚法', '第六十七条', /十五日.*不是第六十六条/],
    ['decision-period', '行政处罚法', '第六十条', /九十日.*2026-04-07/],
    ['decision-service', '行政处罚法', '第六十一条', /七日/],
    ['on-the-spot-collection', '行政处罚法', '第六十八条', /一百元以下/],
    ['reconsideration', '行政复议法', '第二十条', /六十日/],
    ['reconsideration', '行政复议法', '第二十三条', /先申请行政复议/],
    ['reconsideration', '行政复议法', '第二十四条', /本级人民政府/],
    ['litigation-period', '行政诉讼法', '第四十六条', /六个月/],
    ['court-enforcement', '行政强制法', '第五十三条', /三个月/],
    ['court-enforcement', '行政强制法', '第五十四条', /十日/],
    ['court-enforcement', '最高人民法院关于适用《中华人民共和国行政诉讼法》的解释', '第一百五十六条', /起诉期限届满/],
    ['electronic-monitoring-evidence', '行政处罚法', '第四十一条', /法制和技术审核/],
    ['full-process-record', '行政处罚法', '第四十七条', /全过程记录/],
    ['no-double-fine', '行政处罚法', '第二十九条', /两次以上罚款/],
    ['first-offence-no-penalty', '行政处罚法', '第三十三条', /初次违法/],
    ['public-notice-service', '民事诉讼法', '第九十五条', /三十日/],
    ['period-counting', '行政处罚法', '第八十五条', /工作日/],
    ['period-counting', '行政强制法', '第六十九条', /十日/],
  ])('%s cites %s %s', (id, law, article, text) => {
    const a = answer(id);
    expect(cites(a, law, article)).toBe(true);
    expect(a.answer).toMatch(text);
  });

  it('cites the 15-day payment period as 第六十七条 第三款', () => {
    const c = answer('fine-payment-period').citations.find((x) => x.article === '第六十七条');
    expect(c?.clause).toBe('第三款');
  });

  it('answers the English hearing question through its keywords', () => {
    const kw = answer('hearing-request-period').keywords;
    expect(kw).toEqual(expect.arrayContaining(['hearing', 'request']));
    expect(answer('hearing-request-period').answerEn).toMatch(/5 working days/);
  });

  it('keeps procedure answer ids unique', () => {
    const ids = ownKnowledge().procedure.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
