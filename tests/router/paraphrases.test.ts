import { describe, expect, it } from 'vitest';
import { ask } from '../support/ask.js';

// Questions phrased the way officers type them, beyond the shared dev-queries list.
describe('router: case types asked in colloquial words', () => {
  it.each([
    ['黑车拉客要哪些证据', /道路旅客运输|客运/, /第六十三条/],
    ['拉黑活怎么取证', /客运/, /询问/],
    ['私改营运车辆', /改装/, /第六十九条/],
    ['网约车司机没有驾驶员证', /驾驶员证/, /第三十四条/],
    ['出租车拒载', /拒载/, /第四十二条/],
    ['维修厂用假配件', /配件/, /第七十一条/],
    ['货车超载怎么处理', /超限/, /称重|检测/],
    // Case types added for legal-facts.md §9 rows C6–C18, R2–R19, E9–E14.
    ['强行招揽旅客要哪些证据', /强行招揽旅客/, /第六十八条/],
    ['驾校没有备案怎么处理', /备案/, /第六十五条/],
    ['车站安检不到位让车出站', /出站/, /第七十条/],
    ['客运站不公布票价', /票价/, /第七十条/],
    ['检查发现大巴超员', /超员/, /不是行政处罚/],
    ['在公路用地里埋电缆', /管线、电缆/, /第七十六条/],
    ['私开道口怎么处罚', /平面交叉道口/, /第八十条/],
    ['路边广告牌没审批', /公路标志以外/, /第七十九条/],
    ['公路桥附近采砂', /危及公路安全/, /第七十六条/],
    ['挖掘机在公路上行驶', /履带车/, /第七十六条/],
    ['同一辆车一年超限四次', /超过3次/, /第六十六条/],
    ['施工现场没有围挡', /围挡/, /第六十四条/],
    ['不发劳保用品', /劳动防护用品/, /第九十九条/],
    ['浙江项目经理不到岗', /主要管理人员/, /第三十三条/],
  ])('%s', async (q, name, basis) => {
    const { replies, text } = await ask(q);
    expect(replies[0]!.kind).toBe('evidence');
    expect(replies[0]!.title).toMatch(name);
    expect(text).toMatch(basis);
  });
});

describe('router: ambiguity and the unknown', () => {
  it('asks back with candidates when 非法营运 could be passenger or freight', async () => {
    const { replies, text } = await ask('非法营运');
    expect(replies[0]!.kind).toBe('clarify');
    expect(text).toMatch(/客运/);
    expect(text).toMatch(/货/);
    expect(replies[0]!.actions!.length).toBeGreaterThanOrEqual(2);
  });

  it('a clarify button sends a precise question that is answered', async () => {
    const { replies } = await ask('非法营运');
    const { replies: next } = await ask(replies[0]!.actions![0]!.value);
    expect(next[0]!.kind).toBe('evidence');
  });

  it.each(['共享单车乱停放怎么处罚', '🚗🚗🚗', 'SELECT * FROM cases; DROP TABLE cases;--', '<script>alert(1)</script>', '今天天气怎么样'])(
    'says plainly it does not know: %s',
    async (q) => {
      const { replies } = await ask(q);
      expect(replies[0]!.kind).toBe('not-found');
    },
  );

  it('answers an empty message with help', async () => {
    const { replies, text } = await ask('   ');
    expect(replies[0]!.kind).toBe('help');
    expect(text).toMatch(/证据/);
  });

  it('refuses politely to read a 10 000-character message', async () => {
    const { replies, text } = await ask('超'.repeat(10_000));
    expect(replies[0]!.kind).toBe('error');
    expect(text).toMatch(/精简/);
  });
});

describe('router: deadlines and procedure in free words', () => {
  it('computes a hearing-request deadline across 国庆 with the 调休 Saturday counted', async () => {
    const { replies, text } = await ask('2026年9月29日告知');
    expect(replies[0]!.kind).toBe('deadlines');
    expect(text).toMatch(/2026-10-12/);
    expect(text).toMatch(/第六十四条/);
  });

  it('reads 今天 and a payment question', async () => {
    const { text } = await ask('今天送达处罚决定书，当事人什么时候要交罚款');
    expect(text).toMatch(/2026-12-10/);
    expect(text).toMatch(/第六十七条/);
  });

  it('explains the general period when no date is given', async () => {
    const { replies, text } = await ask('超限的案子几天内要结');
    expect(replies[0]!.kind).toBe('deadlines');
    expect(text).toMatch(/90|九十/);
    expect(text).toMatch(/第六十条/);
  });

  it.each([
    ['立案后多久必须作出决定', /第六十条/],
    ['加处罚款怎么算', /第七十二条/],
    ['追责时效是多久', /第三十六条/],
    ['查封扣押最长多久', /第二十五条/],
    ['先行登记保存多少天内处理', /第五十六条/],
    ['复议期限', /第二十条/],
  ])('procedure: %s', async (q, basis) => {
    const { replies, text } = await ask(q);
    expect(replies[0]!.kind).toBe('procedure');
    expect(text).toMatch(basis);
  });

  it('flags unverified facts as 待核实', async () => {
    const { text } = await ask('巡游出租车无经营许可');
    expect(text).toMatch(/待核实/);
  });

  it('answers English questions in English', async () => {
    const { replies } = await ask('How many days does the party have to request a hearing?');
    expect(replies[0]!.locale).toBe('en');
    expect(replies[0]!.summary).toMatch(/5 working days|five working days/);
  });
});

describe('router: conditional evidence', () => {
  it('marks conditional items as applying when the facts are stated', async () => {
    const { text } = await ask('黑车拉客 有违法所得 需要哪些证据');
    expect(text).toMatch(/本案适用/);
    expect(text).toMatch(/第二十八条/);
  });
});
