import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../../core/knowledge/schema/case-type-schema.js';
import type { CaseType } from '../../core/knowledge/schema/case-type-schema.js';
import { KNOWLEDGE_DIR, articleNumber, articleText, byRef, holds, ownKnowledge } from './own-knowledge.js';

// Load at collection time: parsing all knowledge files takes a few seconds on a cold start.
ownKnowledge();

const FOLDER_DOMAIN: Record<string, string> = {
  'road-transport': '道路运输', taxi: '出租汽车与网约车', highway: '公路路政',
  port: '港口', waterway: '水路运输与航道', engineering: '交通工程',
};
/** Short official law names the knowledge may use (legal-facts.md sources). */
const LAW_NAMES = new Set([
  '行政处罚法', '行政强制法', '行政复议法', '行政诉讼法', '民事诉讼法', '民法典',
  '最高人民法院关于适用《中华人民共和国行政诉讼法》的解释', '道路运输条例', '公路法', '公路安全保护条例',
  '超限运输车辆行驶公路管理规定', '港口法', '航道法', '国内水路运输管理条例', '危险化学品安全管理条例',
  '建设工程质量管理条例', '建设工程安全生产管理条例', '安全生产法', '网络预约出租汽车经营服务管理暂行办法',
  '巡游出租汽车经营服务管理规定', '浙江省公路条例', '宁波市出租汽车客运管理条例', '浙江省港口管理条例',
  '浙江省交通建设工程质量和安全生产管理条例', '浙江省综合行政执法条例', '交通运输行政执法文书式样',
  // Named by legal-facts.md §9.1 C18 for the 公安 side; its text is not in the sources (verified: false).
  '道路交通安全法',
]);

function citationsOf(c: CaseType) {
  return [
    ...c.violated.map((v) => v.citation), c.penalty.provision.citation,
    ...c.evidence.flatMap((e) => (e.citation ? [e.citation] : [])),
    ...c.commonMistakes.flatMap((m) => (m.citation ? [m.citation] : [])), ...c.citations,
  ];
}

describe('case-type catalogue', () => {
  const types = ownKnowledge().caseTypes;

  it('has at least 40 case types across all six domains, at least 4 in each', () => {
    expect(types.length).toBeGreaterThanOrEqual(40);
    for (const domain of DOMAINS) expect(types.filter((t) => t.domain === domain).length, domain).toBeGreaterThanOrEqual(4);
  });

  it('keeps ids and §9 refs unique', () => {
    expect(new Set(types.map((t) => t.id)).size).toBe(types.length);
    expect(new Set(types.map((t) => t.ref)).size).toBe(types.length);
  });

  it('files each case type under the folder of its domain, named by its id', () => {
    for (const [folder, domain] of Object.entries(FOLDER_DOMAIN)) {
      for (const file of readdirSync(join(KNOWLEDGE_DIR, 'case-types', folder))) {
        const type = types.find((t) => `${t.id}.yaml` === file);
        expect(type, `${folder}/${file}`).toBeDefined();
        expect(type!.domain, file).toBe(domain);
      }
    }
  });

  it('gives every case type aliases, interview questions and common mistakes', () => {
    for (const t of types) {
      expect(t.aliases.length, t.id).toBeGreaterThanOrEqual(1);
      expect(new Set(t.aliases).size, `${t.id} duplicate alias`).toBe(t.aliases.length);
      expect(t.interview.some((i) => i.subject !== '所有被询问人（笔录开头与结尾）'), t.id).toBe(true);
      expect(t.commonMistakes.length, t.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('writes every article the way the official text does (Chinese numerals, round-trip exact)', () => {
    for (const t of types) {
      for (const c of citationsOf(t)) {
        if (!c.article) continue;
        const n = articleNumber(c.article);
        expect(Number.isInteger(n) && n > 0, `${t.id}: ${c.article}`).toBe(true);
        expect(articleText(n), `${t.id}: ${c.article}`).toBe(c.article);
      }
    }
  });

  it('cites only known short law names, with a source, and explains every unverified citation', () => {
    for (const t of types) {
      for (const c of citationsOf(t)) {
        expect(LAW_NAMES.has(c.law), `${t.id}: ${c.law}`).toBe(true);
        expect(c.source.length, t.id).toBeGreaterThan(5);
        if (!c.verified) expect(c.note, `${t.id}: ${c.law} ${c.article ?? ''}`).toBeTruthy();
      }
    }
  });

  it('lists every citation it uses in its citations', () => {
    const key = (c: { law: string; article?: string }) => `${c.law}|${c.article ?? ''}`;
    for (const t of types) {
      const listed = new Set(t.citations.map(key));
      for (const c of citationsOf(t)) expect(listed.has(key(c)), `${t.id}: ${key(c)}`).toBe(true);
    }
  });

  it('has a penalty article for every case type except the one whose article is unknown (T7)', () => {
    for (const t of types) {
      if (t.ref === 'T7') expect(t.penalty.provision.citation.article).toBeUndefined();
      else expect(t.penalty.provision.citation.article, t.id).toMatch(/^第.+条$/);
    }
  });

  it('keeps evidence ids unique and gives conditional items a label', () => {
    for (const t of types) {
      const ids = t.evidence.map((e) => e.id);
      expect(new Set(ids).size, t.id).toBe(ids.length);
      for (const e of t.evidence) if (e.when) expect(e.whenLabel, `${t.id}/${e.id}`).toBeTruthy();
    }
  });
});

describe('conditional evidence', () => {
  async function required(ref: string, facts: Record<string, unknown>) {
    const out: string[] = [];
    for (const e of byRef(ref).evidence) if (!e.when || (await holds(e.when, facts))) out.push(e.id);
    return out;
  }

  it('asks for payment proof and the income computation only when there is illegal income', async () => {
    expect(await required('C2', {})).not.toContain('illegal-income-proof');
    expect(await required('C2', { illegalIncome: true })).toContain('illegal-income-proof');
    const item = byRef('C2').evidence.find((e) => e.id === 'illegal-income-proof')!;
    expect(item.whenLabel).toBe('有违法所得时');
    expect(item.citation).toMatchObject({ law: '行政处罚法', article: '第二十八条' });
  });

  it('asks for the device review of Art. 41 in off-site over-limit cases', async () => {
    expect(await required('R14', { offSite: false })).not.toContain('offsite-device-review');
    expect(await required('R14', { offSite: true })).toContain('offsite-device-review');
    expect(byRef('R14').evidence.find((e) => e.id === 'offsite-device-review')!.citation).toMatchObject({ article: '第四十一条' });
  });

  it('asks for approval and the preservation list under Art. 56 when evidence was preserved', async () => {
    expect(await required('R1', { evidencePreserved: true })).toContain('registration-preservation');
    const item = byRef('R1').evidence.find((e) => e.id === 'registration-preservation')!;
    expect(item.name).toContain('负责人批准');
    expect(item.name).toContain('证据登记保存清单');
    expect(item.citation).toMatchObject({ law: '行政处罚法', article: '第五十六条' });
  });

  it('asks for the legal-review opinion after a hearing or in a complex case, not otherwise', async () => {
    expect(await required('E8', {})).not.toContain('legal-review-opinion');
    expect(await required('E8', { hearingRequested: true })).toContain('legal-review-opinion');
    expect(await required('E8', { complexCase: true })).toContain('collective-discussion');
  });
});
