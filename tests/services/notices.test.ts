import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noticeStatus } from '../../adapters/store/repositories/notice-status-queries.js';
import { type Harness, startHarness } from './service-harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness(); // Wednesday 10:00 Beijing: working time
});
afterEach(async () => {
  await h.close();
});

async function deliveries() {
  await h.runner.start();
  await h.runner.idle(10_000);
  return h.sender.sent;
}

describe('notices: broadcast and supervision', () => {
  it('a supervisor broadcasts a reminder to all units: one push per destination, with the reference to answer', async () => {
    const { replies } = await h.say('zhang', '发布提示 全部单位 近期案卷评查发现送达回证缺失，请各单位自查。');
    expect(replies[0]!.title).toBe('已发布执法规范提示单 T-1');
    expect(replies[0]!.summary).toMatch(/3 个单位，3 个推送目的地/);
    expect(replies[0]!.sections.map((s) => s.heading).join()).toMatch(/未配置推送群/);
    const sent = await deliveries();
    expect(sent.map((s) => s.destinationKey).sort()).toEqual(expect.arrayContaining(['slack:C0HAISHU']));
    expect(sent).toHaveLength(3);
    for (const s of sent) expect(s.payload.reply.actions?.[0]?.value).toBe('收到 T-1');
    const audit = await h.deps.repos.audit.list({ action: 'notice.issued' });
    expect(audit[0]!.detail).toMatchObject({ ref: 'T-1', deliveries: 3 });
  });

  it('repeating a broadcast command never double-sends the same notice', async () => {
    await h.say('zhang', '发布提示 海曙大队 注意执法记录仪全程记录');
    const sent = await deliveries();
    const again = await h.deps.runner.enqueue([]);
    expect(again.inserted).toEqual([]);
    expect(new Set(sent.map((s) => s.deliveryId)).size).toBe(sent.length);
  });

  it('an officer cannot broadcast; a scoped supervisor cannot notify other units; both refusals audited', async () => {
    const officer = await h.say('li', '发布提示 全部单位 测试');
    expect(officer.replies[0]!.kind).toBe('refusal');
    const scoped = await h.say('qian', '督办 海曙大队 整改期限 2026-12-31 补正案卷');
    expect(scoped.replies[0]!.kind).toBe('refusal');
    expect(scoped.text).toMatch(/海曙大队/);
    expect(await h.deps.repos.audit.list({ action: 'notice.refused' })).toHaveLength(2);
    expect(await noticeStatus(h.deps.db, { today: '2026-11-25' })).toEqual([]);
  });

  it('issues a supervision notice and follows it: 收到, 已整改, 验收 — 督办情况 shows each step', async () => {
    const issued = await h.say('qian', '督办 江北大队 整改期限 2026-12-31 案卷缺少法制审核意见，限期补正');
    expect(issued.replies[0]!.title).toBe('已发布执法监督工作提示单 N-1');
    await deliveries();
    expect((await h.say('wang', '收到 N-1')).replies[0]!.title).toMatch(/江北大队 已签收 N-1/);
    const reported = (await h.say('wang', '已整改 N-1 已补充法制审核意见书')).replies[0]!;
    expect(reported.title).toMatch(/已报告整改/);
    expect(reported.summary).toBe('已通知签发人验收。');
    // The issuer works in the console: the 待验收 push lands in their 提醒 panel, with the buttons.
    const toIssuer = (await deliveries()).filter((s) => s.destinationKey === 'user:console:qian');
    expect(toIssuer.map((s) => s.payload.reply.title)).toEqual(['【待验收】N-1 江北大队 已报告整改']);
    const status = await h.say('qian', '督办情况');
    expect(status.text).toMatch(/江北大队：送达✓ 签收✓ 整改✓/);
    expect((await h.say('qian', '验收 N-1 江北大队')).replies[0]!.title).toMatch(/已验收/);
    const target = await h.deps.repos.noticeTargets.get((await h.deps.repos.notices.findByRef('N-1'))!.id, 'jiangbei');
    expect(target!.status).toBe('accepted');
  });

  it('a reopened remediation goes back to the unit with the reason', async () => {
    await h.say('qian', '督办 江北大队 整改期限 2026-12-31 补正案卷');
    await h.say('wang', '已整改 N-1 已补正');
    const back = await h.say('qian', '退回 N-1 江北大队 送达回证仍缺失');
    expect(back.text).toMatch(/送达回证仍缺失/);
    const status = await h.say('qian', '督办情况 N-1');
    expect(status.text).toMatch(/整改✗/);
  });

  it('marks overdue remediation in 督办情况', async () => {
    await h.say('zhang', '督办 海曙大队 整改期限 2026-11-30 整改执法记录仪使用问题');
    h.clock.now = new Date('2026-12-02T02:00:00Z');
    const status = await h.say('zhang', '督办情况');
    expect(status.text).toMatch(/海曙大队：.*超期/);
  });

  it('answers bad notice commands clearly and writes nothing', async () => {
    expect((await h.say('zhang', '督办 海曙大队 整改期限 明年 整改')).text).toMatch(/缺少整改期限/);
    expect((await h.say('zhang', '发布提示 火星大队 内容')).text).toMatch(/没有找到单位：火星大队/);
    expect((await h.say('li', '收到 N-99')).text).toMatch(/没有找到编号 N-99/);
    expect(await noticeStatus(h.deps.db, { today: '2026-11-25' })).toEqual([]);
  });

  it('defers a routine broadcast at night, but sends an urgent one at once', async () => {
    h.clock.now = new Date('2026-11-25T14:00:00Z'); // 22:00 Beijing
    const routine = await h.say('zhang', '发布提示 海曙大队 明早例会');
    expect(routine.replies[0]!.summary).toMatch(/将于/);
    const urgent = await h.say('zhang', '发布提示 海曙大队 紧急 暴雨预警，暂停涉路施工检查');
    expect(urgent.replies[0]!.summary).not.toMatch(/将于/);
  });

  it('weekly summary counts the week per unit', async () => {
    await h.say('li', '登记案件 甬交执罚〔2026〕123号 超限运输 立案 2026-11-24');
    await h.say('zhang', '督办 海曙大队 整改期限 2026-12-31 补正案卷');
    const { text } = await h.say('zhang', '周通报');
    expect(text).toMatch(/新登记案件 1 件/);
    expect(text).toMatch(/海曙大队：登记 1/);
  });
});
