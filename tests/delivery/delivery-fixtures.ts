import type { Reply } from '../../core/reply/reply.js';
import { makeDeliveryJob, type DeliveryJob } from '../../bot/delivery/delivery-job.js';
import type { DeliveryTarget } from '../../bot/delivery/delivery-target.js';

/** A small neutral reply to push. */
export function sampleReply(title = '执法规范提示单'): Reply {
  return { kind: 'broadcast', locale: 'zh', title, sections: [], citations: [] };
}

/** One broadcast job to `destination` (subject broadcast:<subjectId>). */
export function broadcastJob(destination: DeliveryTarget, subjectId = 'B1', extra: Partial<Pick<DeliveryJob, 'notBefore' | 'stage'>> = {}): DeliveryJob {
  return makeDeliveryJob({
    destination,
    payload: { reply: sampleReply() },
    subject: { kind: 'broadcast', id: subjectId },
    stage: extra.stage ?? 'issued',
    rule: 'broadcast',
    actor: 'console:zhangsan',
    ...(extra.notBefore && { notBefore: extra.notBefore }),
  });
}

export const slack = (channel: string): DeliveryTarget => ({ platform: 'slack', channel });
export const robot = (key: string): DeliveryTarget => ({ platform: 'wecom-robot', webhook: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key}` });
export const teams = (id: string): DeliveryTarget => ({ platform: 'teams', conversationId: id });

/** Resolves when `check` is true, polling; fails after `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
