import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Reply } from '../../../core/reply/reply.js';
import { actorOf, senderOf } from '../people/sender.js';
import type { ServiceDeps } from '../service-deps.js';
import { problemReply } from './case-replies.js';

/** 收到 <案号>: acknowledges a case's deadline reminders, which stops their escalation. */
export async function acknowledgeCase(deps: ServiceDeps, message: IncomingMessage, caseNo: string): Promise<Reply[]> {
  const record = await deps.repos.cases.findByNo(caseNo);
  if (!record) return [problemReply(`没有找到案件 ${caseNo}`, '请核对案号。')];
  const sender = senderOf(deps.directory, message);
  const count = await deps.repos.reminderLog.acknowledgeSubject(`case:${record.id}`, sender.ref);
  await deps.repos.audit.append({ actor: actorOf(sender), action: 'case.reminder-acknowledged', subject: `case:${record.id}`, detail: { reminders: count } });
  return [{ kind: 'ack', locale: 'zh', sections: [], citations: [], title: `已确认收到 ${caseNo} 的期限提醒`, summary: count ? `${count} 条提醒已签收，不再上报督查。` : '该案件目前没有待签收的提醒。' }];
}
