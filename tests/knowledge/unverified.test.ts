import { describe, expect, it } from 'vitest';
import { byRef, ownKnowledge } from './own-knowledge.js';

// Load at collection time: parsing all knowledge files takes a few seconds on a cold start.
ownKnowledge();

describe('what legal-facts.md marks UNVERIFIED stays unverified', () => {
  it('T6 巡游出租车: current 第四十五条 wording is unverified', () => {
    const c = byRef('T6').penalty.provision.citation;
    expect(c).toMatchObject({ law: '巡游出租汽车经营服务管理规定', article: '第四十五条', verified: false });
    expect(c.note).toMatch(/待核实/);
  });

  it('T4 item list, T5 current wording, T7 article, R15 numbering are unverified', () => {
    expect(byRef('T4').violated[0]!.citation.verified).toBe(false);
    expect(byRef('T4').penalty.provision.citation.verified).toBe(false);
    expect(byRef('T5').penalty.provision.citation.verified).toBe(false);
    expect(byRef('T7').penalty.provision.citation).toMatchObject({ verified: false });
    expect(byRef('R15').violated[0]!.citation).toMatchObject({ verified: false });
    expect(byRef('R15').violated[0]!.citation.note).toMatch(/编号/);
  });

  it('Ningbo provisions whose currency is unknown are unverified', () => {
    for (const ref of ['T8', 'T9']) expect(byRef(ref).penalty.provision.citation.verified, ref).toBe(false);
  });

  it('verified rows stay verified (the flag is not blanket)', () => {
    for (const ref of ['C1', 'C2', 'C3', 'R14', 'W5', 'E4']) expect(byRef(ref).penalty.provision.citation.verified, ref).toBe(true);
  });

  it('the 2023 道路运输条例 change carries its unverified effective date', () => {
    expect(byRef('C2').penalty.provision.citation.note).toMatch(/生效日期待核实/);
    expect(byRef('C2').notes.join()).toMatch(/第三十七条/);
  });

  it('period counting by analogy with 民事诉讼法 第八十五条 is flagged as interpretation', () => {
    const answer = ownKnowledge().procedure.find((p) => p.id === 'period-counting')!;
    const civ = answer.citations.find((c) => c.law === '民事诉讼法')!;
    expect(civ).toMatchObject({ article: '第八十五条', verified: false });
    expect(civ.note).toMatch(/类推/);
  });

  it('items supported only by example review schemes are unverified', () => {
    const list = ownKnowledge().checklists.find((c) => c.id === 'file-evaluation')!;
    expect(list.description).toMatch(/示例/);
    expect(list.description).toMatch(/不是交通运输专用/);
    for (const id of ['blanks-not-struck', 'one-case-one-file', 'file-order']) {
      expect(list.items.find((i) => i.id === id)!.citation.verified, id).toBe(false);
    }
  });
});
