import { describe, expect, it } from 'vitest';
import { jobsToRows, rowPayload } from '../../bot/delivery/delivery-codec.js';
import { makeDeliveryJob } from '../../bot/delivery/delivery-job.js';
import type { Reply } from '../../core/reply/reply.js';

const reply: Reply = {
  kind: 'case', locale: 'zh', title: '【临期】甬交执罚〔2026〕123号', summary: '作出处罚决定期限还剩 3 个工作日',
  sections: [{ heading: '依据', items: [{ text: '《行政处罚法》第六十条' }] }], citations: [],
};

describe('jobsToRows', () => {
  it('stores each payload exactly as JSON.stringify would, whether or not replies are shared', () => {
    const robot = { platform: 'wecom-robot' as const, webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc' };
    const jobs = [
      makeDeliveryJob({ destination: { platform: 'console', userId: 'lisi' }, payload: { reply }, subject: { kind: 'case-deadline', id: 'c1' }, stage: '临期-3' }),
      makeDeliveryJob({ destination: robot, payload: { reply, mentions: ['lisi'] }, subject: { kind: 'case-deadline', id: 'c1' }, stage: '临期-3' }),
      makeDeliveryJob({ destination: robot, payload: { reply: { ...reply, title: 'other' } }, subject: { kind: 'case-deadline', id: 'c2' }, stage: '到期' }),
    ];
    const rows = jobsToRows(jobs);
    expect(rows.map((r) => r.payloadJson)).toEqual(jobs.map((j) => JSON.stringify(j.payload)));
    expect(rows.map((r) => r.destinationJson)).toEqual(jobs.map((j) => JSON.stringify(j.destination)));
    expect(rowPayload({ payloadJson: rows[1]!.payloadJson } as Parameters<typeof rowPayload>[0])).toEqual({ reply, mentions: ['lisi'] });
    expect(rows[1]!.destinationKey).toBe(rows[2]!.destinationKey);
    expect(rows[1]!.destinationKey).not.toContain('abc');
  });
});
