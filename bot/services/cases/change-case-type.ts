import type { CaseWithEvents } from '../../../adapters/store/repositories/case-records.js';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Reply } from '../../../core/reply/reply.js';
import { actorOf, senderOf } from '../people/sender.js';
import type { ServiceDeps } from '../service-deps.js';
import { canEditCase } from './can-edit-case.js';
import { caseDueDates } from './case-due-dates.js';
import { caseReply, problemReply } from './case-replies.js';
import { todayOf } from './today.js';

/** 案件 <案号> 案由 <名称>: corrects the case type (the registration guessed between close types). */
export async function changeCaseType(deps: ServiceDeps, message: IncomingMessage, record: CaseWithEvents, typed: string): Promise<Reply[]> {
  const sender = senderOf(deps.directory, message);
  if (!canEditCase(sender, record)) return [problemReply('无权修改该案件', '只有登记该案件的执法人员、法制审核员、本单位督查或管理员可以更正案由。', 'refusal')];
  const top = deps.understand(typed, todayOf(deps)).caseTypes[0];
  if (!top) return [problemReply('没有识别出案由', '例如：案件 甬交执罚〔2026〕123号 案由 非法营运客运')];
  await deps.db.updateTable('cases').set({ case_type: top.caseType.id, updated_at: deps.now().toISOString() }).where('id', '=', record.id).execute();
  await deps.repos.audit.append({ actor: actorOf(sender), action: 'case.type-changed', subject: `case:${record.id}`, detail: { from: record.caseType, to: top.caseType.id } });
  const updated = { ...record, caseType: top.caseType.id };
  return [caseReply(updated, caseDueDates(deps, updated), deps.knowledge, `已更正案由：${updated.caseNo}`)];
}
