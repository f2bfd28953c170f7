import { IllegalTransitionError } from '../../../adapters/store/store-errors.js';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Reply } from '../../../core/reply/reply.js';
import { problemReply } from '../cases/case-replies.js';
import { unitName } from '../people/resolve-units.js';
import { actorOf, senderOf } from '../people/sender.js';
import type { ServiceDeps } from '../service-deps.js';
import { KIND_NAME } from './notice-reply.js';
import { targetUnit } from './target-unit.js';
import { tellPerson } from './tell-person.js';

const STATUS_ZH: Record<string, string> = { issued: '已下发', delivered: '已送达', acknowledged: '已签收', remediation_reported: '已报整改', accepted: '已验收', reopened: '已退回重整' };

/**
 * 收到 <编号> and 已整改 <编号> <说明>, from any of the member's chats. The unit comes from the
 * directory, the chat's binding, or a unit named after the reference.
 */
export async function answerNotice(
  deps: ServiceDeps, message: IncomingMessage, ref: string, action: 'ack' | 'remediated', rest: string,
): Promise<Reply[]> {
  const notice = await deps.repos.notices.findByRef(ref);
  if (!notice) return [problemReply(`没有找到编号 ${ref}`, '请核对提示单或督办单编号，例如：收到 N-12。')];
  const sender = senderOf(deps.directory, message);
  const typedUnit = rest.split(/\s+/)[0];
  const unitId = await targetUnit(deps, message, sender, notice, typedUnit);
  if (!unitId) return [problemReply('请注明单位', `${notice.ref} 发给了多个单位，请在编号后写上单位，例如：${action === 'ack' ? '收到' : '已整改'} ${notice.ref} ${unitName(deps.directory, notice.targets[0]!.unitId)}`)];
  try {
    if (action === 'ack') {
      const { target, newMember } = await deps.repos.noticeTargets.acknowledge(notice.id, unitId, sender.ref);
      await deps.repos.audit.append({ actor: actorOf(sender), action: 'notice.acknowledged', subject: `notice:${notice.id}:${unitId}`, detail: { ref: notice.ref, newMember } });
      return [ack(`${unitName(deps.directory, unitId)} 已签收 ${notice.ref}`, `${KIND_NAME[notice.kind]}：${notice.title}。当前状态：${STATUS_ZH[target.status]}${notice.remediationDue ? `；整改期限 ${notice.remediationDue}` : ''}。`)];
    }
    const note = rest.replace(typedUnit && typedUnit === unitName(deps.directory, unitId) ? typedUnit : '', '').trim();
    if (!note) return [problemReply('请写明整改情况', `例如：已整改 ${notice.ref} 已组织全员学习并完成案卷补正。`)];
    await deps.repos.noticeTargets.reportRemediation(notice.id, unitId, sender.ref, note);
    await deps.repos.audit.append({ actor: actorOf(sender), action: 'notice.remediation-reported', subject: `notice:${notice.id}:${unitId}`, detail: { ref: notice.ref } });
    const told = await tellPerson(deps, notice.issuer, {
      kind: 'notice', locale: 'zh', citations: [], title: `【待验收】${notice.ref} ${unitName(deps.directory, unitId)} 已报告整改`,
      summary: note, sections: [],
      actions: [
        { id: 'accept', label: '验收通过', value: `验收 ${notice.ref} ${unitName(deps.directory, unitId)}`, style: 'primary' },
        { id: 'reopen', label: '退回', value: `退回 ${notice.ref} ${unitName(deps.directory, unitId)} `, style: 'danger' },
      ],
    }, { kind: 'notice', id: `${notice.id}:${unitId}` }, 'remediation-reported');
    return [ack(`${unitName(deps.directory, unitId)} 已报告整改 ${notice.ref}`, told ? '已通知签发人验收。' : '签发人可发送“督办情况”查看并验收。')];
  } catch (err) {
    if (err instanceof IllegalTransitionError) return [problemReply('当前状态不能这样操作', `${notice.ref}（${unitName(deps.directory, unitId)}）当前为“${STATUS_ZH[err.from] ?? err.from}”，不能改为“${STATUS_ZH[err.to] ?? err.to}”。`)];
    throw err;
  }
}

function ack(title: string, summary: string): Reply {
  return { kind: 'ack', locale: 'zh', title, summary, sections: [], citations: [] };
}
