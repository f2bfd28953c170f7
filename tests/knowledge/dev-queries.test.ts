import { describe, expect, it } from 'vitest';
import { byRef, ownKnowledge } from './own-knowledge.js';

// Load at collection time: parsing all knowledge files takes a few seconds on a cold start.
ownKnowledge();

/** The dev queries of ../shared/examples/dev-queries.yaml, checked at the data level. */
const CASES: Array<{ q: string; ref: string; law?: string; article?: string; text: RegExp }> = [
  { q: '非法营运客运需要哪些证据', ref: 'C2', law: '道路运输条例', article: '第六十三条', text: /客运/ },
  { q: '未取得道路运输经营许可从事普通货运，证据清单', ref: 'C1', law: '道路运输条例', article: '第六十三条', text: /货/ },
  { q: '危货车辆无资质运输', ref: 'C3', law: '道路运输条例', article: '第六十三条', text: /危险货物/ },
  { q: '驾驶员无从业资格证驾驶营运货车', ref: 'C4', law: '道路运输条例', article: '第六十四条', text: /从业资格/ },
  { q: '机动车维修签发虚假维修合格证', ref: 'C16', law: '道路运输条例', article: '第七十二条', text: /合格证/ },
  { q: '驾校培训学时弄虚作假', ref: 'C17', law: '道路运输条例', article: '第七十三条', text: /培训/ },
  { q: '巡游出租车无经营许可', ref: 'T6', law: '巡游出租汽车经营服务管理规定', article: '第四十五条', text: /巡游/ },
  { q: '网约车平台派单车辆没有运输证', ref: 'T4', law: '网络预约出租汽车经营服务管理暂行办法', article: '第三十五条', text: /派单/ },
  { q: '超限运输车辆需要哪些证据', ref: 'R14', law: '公路安全保护条例', article: '第六十四条', text: /超限/ },
  { q: '未随车携带超限运输车辆通行证', ref: 'R16', law: '公路安全保护条例', article: '第六十五条', text: /通行证/ },
  { q: '损坏公路附属设施', ref: 'R10', law: '公路安全保护条例', article: '第六十条', text: /附属设施/ },
  { q: '在公路桥下堆物搭建', ref: 'R11', law: '公路安全保护条例', article: '第五十九条', text: /桥/ },
  { q: '港口内未经批准爆破', ref: 'W5', law: '港口法', article: '第五十六条', text: /港口/ },
  { q: '班轮未公布运价', ref: 'W11', law: '国内水路运输管理条例', article: '第四十条', text: /班轮/ },
  { q: '码头未经验收擅自使用', ref: 'W4', law: '港口法', article: '第四十八条', text: /验收/ },
  { q: '施工单位挪用安全生产费用', ref: 'E8', law: '建设工程安全生产管理条例', article: '第六十三条', text: /安全生产/ },
  { q: '超越资质承揽公路工程', ref: 'E4', law: '建设工程质量管理条例', article: '第六十条', text: /资质/ },
];

describe('dev queries are answerable from the case-type data', () => {
  it.each(CASES)('$q → $ref', ({ q, ref, law, article, text }) => {
    const t = byRef(ref);
    expect(t.penalty.provision.citation).toMatchObject({ law, article });
    expect(t.name).toMatch(text);
    // Reachable from the query: an alias inside it, or at least two of its keywords.
    const aliasHit = t.aliases.some((a) => q.includes(a));
    const keywordHits = t.keywords.filter((k) => q.includes(k)).length;
    expect(aliasHit || keywordHits >= 2, `${ref} not reachable from "${q}"`).toBe(true);
  });

  it('gives the 非法营运 passenger case interview questions for driver and passenger', () => {
    const subjects = byRef('C2').interview.map((i) => i.subject);
    expect(subjects).toEqual(expect.arrayContaining(['驾驶员', '乘客']));
  });

  it('asks for weighing or detection data in over-limit cases', () => {
    expect(byRef('R14').evidence.some((e) => /称重|检测/.test(e.name))).toBe(true);
  });

  it('also cites 公路法 第七十六条 for damaged ancillary facilities', () => {
    expect(byRef('R10').citations).toEqual(expect.arrayContaining([expect.objectContaining({ law: '公路法', article: '第七十六条' })]));
  });

  it('lets bare 非法营运 reach both the passenger and the freight case', () => {
    const hits = ownKnowledge().caseTypes.filter((t) => t.aliases.includes('非法营运')).map((t) => t.ref);
    expect(hits).toEqual(expect.arrayContaining(['C1', 'C2']));
  });

  it('keeps 港口 and 水路运输与航道 apart', () => {
    expect(byRef('W4').domain).toBe('港口');
    expect(byRef('W11').domain).toBe('水路运输与航道');
  });
});
