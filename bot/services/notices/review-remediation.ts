import { IllegalTransitionError } from '../../../adapters/store/store-errors.js';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Reply } from '../../../core/reply/reply.js';
import { problemReply } from '../cases/case-replies.js';
import { canNotify } from '../people/authorize.js';
import { findUnit } from '../people/resolve-units.js';
import { actorOf, senderOf } from '../people/sender.js';
import type { ServiceDeps } from '../service-deps.js';

/**
 * 验收 N-12 海曙大队 / 退回 N-12 海曙大队 <原因>: the issuer, or a supervisor/admin whose scope
 * covers the unit, accepts a reported remediation or sends it back.
 */
export async function reviewRemediation(
  deps: ServiceDeps, message: IncomingMessage, ref: string, decision: 'accept' | 'reopen', rest: string,
): Promise<Reply[]> {
  const notice = await deps.repos.notices.findByRef(ref);
  if (!notice) return [problemReply(`没有找到编号 ${ref}`, '请核对督办单编号，例如：验收 N-12 海曙大队。')];
  const sender = senderOf(deps.directory, message);
  const [unitText = '', ...reasonParts] = rest.trim().split(/\s+/);
  const unit = findUnit(deps.directory, unitText) ?? (notice.targets.length === 1 ? deps.directory.units.find((u) => u.id === notice.targets[0]!.unitId) : undefined);
  if (!unit) return [problemReply('请注明单位', `例如：${decision === 'accept' ? '验收' : '退回'} ${notice.ref} 海曙大队${decision === 'reopen' ? ' 案卷仍缺送达回证' : ''}`)];
  const isIssuer = notice.issuer.platform === sender.ref.platform && notice.issuer.userId === sender.ref.userId;
  const allowed = isIssuer ? { ok: true as const } : canNotify(sender.person, [unit]);
  if (!allowed.ok) {
    await deps.repos.audit.append({ actor: actorOf(sender), action: 'notice.review-refused', subject: `notice:${notice.id}:${unit.id}`, detail: { reason: allowed.reason } });
    return [problemReply('无权验收', allowed.reason, 'refusal')];
  }
  const reason = unitText === unit.name || findUnit(deps.directory, unitText) ? reasonParts.join(' ') : rest.trim();
  if (decision === 'reopen' && !reason) return [problemReply('请写明退回原因', `例如：退回 ${notice.ref} ${unit.name} 案卷仍缺送达回证`)];
  try {
    if (decision === 'accept') await deps.repos.noticeTargets.accept(notice.id, unit.id, sender.ref);
    else await deps.repos.noticeTargets.reopen(notice.id, unit.id, sender.ref, reason);
  } catch (err) {
    if (err instanceof IllegalTransitionError) return [problemReply('当前状态不能这样操作', `${notice.ref}（${unit.name}）尚未报告整改或已处理。`)];
    throw err;
  }
  await deps.repos.audit.append({ actor: actorOf(sender), action: decision === 'accept' ? 'notice.accepted' : 'notice.reopened', subject: `notice:${notice.id}:${unit.id}`, detail: { ref: notice.ref, ...(reason ? { reason } : {}) } });
  return [{
    kind: 'ack', locale: 'zh', citations: [], sections: [],
    title: decision === 'accept' ? `${notice.ref} ${unit.name} 整改已验收` : `${notice.ref} ${unit.name} 整改已退回`,
    summary: decision === 'accept' ? '该单位本项督办已办结。' : `退回原因：${reason}。单位重新整改后再报告“已整改 ${notice.ref} <说明>”。`,
  }];
}
