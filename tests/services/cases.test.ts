import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './service-harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('cases: registration and events', () => {
  it('registers a case with its 立案 date and answers with cited deadlines', async () => {
    const { replies, text } = await h.say('li', '登记案件 甬交执罚〔2026〕123号 非法营运 立案 2026-11-20');
    expect(replies[0]!.title).toContain('已登记案件 甬交执罚〔2026〕123号');
    expect(text).toMatch(/2027-02-18/); // 2026-11-20 + 90 days (行政处罚法 第六十条)
    expect(text).toMatch(/第六十条/);
    const record = await h.deps.repos.cases.findByNo('甬交执罚〔2026〕123号');
    expect(record).toMatchObject({ unitId: 'haishu', status: 'open', officer: { platform: 'console', userId: 'li', name: '李执法' } });
    expect(record!.events.map((e) => [e.type, e.date])).toEqual([['filed', '2026-11-20']]);
    expect(h.changed).toEqual([record!.id]);
  });

  it('offers to correct an ambiguous case type and the correction sticks', async () => {
    const { replies } = await h.say('li', '登记案件 甬交执罚〔2026〕7号 非法营运 立案 2026-11-20');
    const fix = replies[0]!.actions!.find((a) => a.id.startsWith('retype'));
    expect(fix).toBeDefined();
    await h.say('li', fix!.value);
    const record = await h.deps.repos.cases.findByNo('甬交执罚〔2026〕7号');
    expect(fix!.value).toContain(h.deps.knowledge.caseTypes.find((c) => c.id === record!.caseType)!.name);
  });

  it('does not register a case number twice', async () => {
    await h.say('li', '登记案件 甬交执罚〔2026〕123号 超限运输 立案 2026-11-20');
    const { replies } = await h.say('li', '登记案件 甬交执罚〔2026〕123号 超限运输 立案 2026-11-21');
    expect(replies[0]!.title).toContain('已登记过');
    const record = await h.deps.repos.cases.findByNo('甬交执罚〔2026〕123号');
    expect(record!.events).toHaveLength(1);
  });

  it('records 告知, 延期 with its approver, and 结案 closes the case', async () => {
    await h.say('li', '登记案件 甬交执罚〔2026〕123号 超限运输 立案 2026-11-20');
    const { text } = await h.say('li', '案件 甬交执罚〔2026〕123号 告知 2026-12-01');
    expect(text).toMatch(/2026-12-08/); // 12-01 + 5 working days (第六十四条, 第八十五条)
    await h.say('li', '案件 甬交执罚〔2026〕123号 延期 2026-12-10 批准人 李四');
    let record = await h.deps.repos.cases.findByNo('甬交执罚〔2026〕123号');
    expect(record!.events.find((e) => e.type === 'extended')).toMatchObject({ date: '2026-12-10', approver: '李四' });
    await h.say('li', '案件 甬交执罚〔2026〕123号 结案 2026-12-20');
    record = await h.deps.repos.cases.findByNo('甬交执罚〔2026〕123号');
    expect(record!.status).toBe('closed');
    expect((await h.say('li', '我的案件')).text).toMatch(/办理中 0 件/);
  });

  it('an event typed without a date is recorded today (结案 closes the case)', async () => {
    await h.say('li', '登记案件 甬交执罚〔2026〕123号 超限运输 立案 2026-11-20');
    await h.say('li', '案件 甬交执罚〔2026〕123号 结案');
    const record = await h.deps.repos.cases.findByNo('甬交执罚〔2026〕123号');
    expect(record!.events.find((e) => e.type === 'closed')?.date).toBe('2026-11-25');
    expect(record!.status).toBe('closed');
  });

  it('refuses, politely and audited, an officer of another unit recording events', async () => {
    await h.say('li', '登记案件 甬交执罚〔2026〕123号 超限运输 立案 2026-11-20');
    const { replies } = await h.say('wang', '案件 甬交执罚〔2026〕123号 告知 2026-12-01');
    expect(replies[0]!.kind).toBe('refusal');
    const record = await h.deps.repos.cases.findByNo('甬交执罚〔2026〕123号');
    expect(record!.events).toHaveLength(1);
    const audit = await h.deps.repos.audit.list({ action: 'case.refused' });
    expect(audit).toHaveLength(1);
  });

  it('lists my open cases with the next deadline, and shows a case with review findings', async () => {
    await h.say('li', '登记案件 甬交执罚〔2026〕123号 超限运输 立案 2026-07-01');
    await h.say('li', '案件 甬交执罚〔2026〕123号 告知 2026-09-01 决定 2026-10-20 送达 2026-11-10');
    const mine = await h.say('li', '我的案件');
    expect(mine.text).toMatch(/甬交执罚〔2026〕123号/);
    const shown = await h.say('li', '案件 甬交执罚〔2026〕123号');
    expect(shown.replies.map((r) => r.kind)).toEqual(['case', 'review']);
    // 立案 07-01 → 决定 10-20 is 111 days (> 90, 第六十条); service took > 7 working days (第六十一条).
    expect(shown.text).toMatch(/九十日/);
    expect(shown.text).toMatch(/第六十一条/);
  });

  it('acknowledging a case reminder is recorded', async () => {
    await h.say('li', '登记案件 甬交执罚〔2026〕123号 超限运输 立案 2026-11-20');
    const { replies } = await h.say('li', '收到 甬交执罚〔2026〕123号');
    expect(replies[0]!.kind).toBe('ack');
  });
});
