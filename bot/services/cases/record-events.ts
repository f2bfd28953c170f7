import type { CaseWithEvents } from '../../../adapters/store/repositories/case-records.js';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Reply } from '../../../core/reply/reply.js';
import { actorOf, senderOf } from '../people/sender.js';
import type { ServiceDeps } from '../service-deps.js';
import { canEditCase } from './can-edit-case.js';
import { caseDueDates } from './case-due-dates.js';
import { caseReply, problemReply } from './case-replies.js';
import { todayOf } from './today.js';

const APPROVER = /(?:批准人|审批人|批准|approved by)[:：]?\s*([\u4e00-\u9fa5A-Za-z·]{2,12})/i;

/**
 * 案件 <案号> 告知 2026-12-01 (several events may follow; an event without a date is today).
 * 延期 records its approver (批准人 李四). 结案 closes the case and stops its reminders.
 */
export async function recordEvents(deps: ServiceDeps, message: IncomingMessage, record: CaseWithEvents, rest: string): Promise<Reply[]> {
  const sender = senderOf(deps.directory, message);
  if (!canEditCase(sender, record)) {
    await deps.repos.audit.append({ actor: actorOf(sender), action: 'case.refused', subject: `case:${record.id}`, detail: { reason: 'not the officer or a reviewer' } });
    return [problemReply('无权修改该案件', '只有登记该案件的执法人员、法制审核员、本单位督查或管理员可以记录案件事件。', 'refusal')];
  }
  const u = deps.understand(rest, todayOf(deps));
  const named = u.events.length ? u.events : undefinedDates(deps, rest);
  if (named.length === 0) return [problemReply('没有识别出事件', '例如：案件 甬交执罚〔2026〕123号 告知 2026-12-01；可记录 告知、听证申请、听证、决定、送达、延期（批准人 李四）、结案。')];
  const approver = APPROVER.exec(rest)?.[1];
  for (const { event, date } of named) {
    const { created } = await deps.repos.caseEvents.record(record.id, {
      type: event.id, date, recordedBy: sender.ref, ...(event.id === 'extended' && approver ? { approver } : {}),
    });
    if (created) await deps.repos.audit.append({ actor: actorOf(sender), action: 'case.event-recorded', subject: `case:${record.id}`, detail: { event: event.id, date } });
  }
  await deps.onCaseChanged(record.id);
  const updated = (await deps.repos.cases.findById(record.id))!;
  return [caseReply(updated, caseDueDates(deps, updated), deps.knowledge, `已记录：${updated.caseNo}`)];
}

/** An event named without a date ("结案") takes today's date; the longest name typed wins (送达催告书 over 送达). */
function undefinedDates(deps: ServiceDeps, rest: string) {
  const named = deps.knowledge.events
    .flatMap((event) => event.names.filter((name) => rest.includes(name)).map((name) => ({ event, name })))
    .sort((a, b) => b.name.length - a.name.length)[0];
  return named ? [{ event: named.event, date: todayOf(deps) }] : [];
}
