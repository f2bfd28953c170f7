import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import type { Reply } from '../../../core/reply/reply.js';
import { parseCaseNumber, withoutCaseNumber } from '../../../core/understanding/parse-case-number.js';
import { actorOf, senderOf } from '../people/sender.js';
import type { ServiceDeps } from '../service-deps.js';
import { caseDueDates } from './case-due-dates.js';
import { caseReply, problemReply } from './case-replies.js';
import { todayOf } from './today.js';

const USAGE = '格式：登记案件 <案号> <案由> 立案 <日期>，例如：登记案件 甬交执罚〔2026〕123号 非法营运 立案 2026-11-20';

/**
 * 登记案件: registers a case with its 立案 date (today when none is given) under the officer's unit.
 * A case number already registered is shown, not registered twice.
 */
export async function registerCase(deps: ServiceDeps, message: IncomingMessage, text: string): Promise<Reply[]> {
  const caseNo = parseCaseNumber(text);
  if (!caseNo) return [problemReply('缺少案号', USAGE)];
  const rest = withoutCaseNumber(text.replace(/^\S+/, ''));
  const u = deps.understand(rest, todayOf(deps));
  const [top, ...others] = u.caseTypes;
  if (!top) return [problemReply('没有识别出案由', `${USAGE}。案由可用常用说法，如“非法营运客运”“超限运输”。`)];
  const filed = u.events.find((e) => e.event.id === 'filed')?.date ?? u.dates[0]?.date ?? todayOf(deps);
  const sender = senderOf(deps.directory, message);
  const { case: record, created } = await deps.repos.cases.register({
    caseNo, caseType: top.caseType.id, unitId: sender.person.unit ?? null, officer: sender.ref,
    events: [{ type: 'filed', date: filed }],
  });
  if (!created) return [caseReply(record, caseDueDates(deps, record), deps.knowledge, `案件已登记过：${caseNo}`)];
  await deps.repos.audit.append({ actor: actorOf(sender), action: 'case.registered', subject: `case:${record.id}`, detail: { caseNo, caseType: top.caseType.id, filed } });
  await deps.onCaseChanged(record.id);
  const reply = caseReply(record, caseDueDates(deps, record), deps.knowledge, `已登记案件 ${caseNo}`);
  const rivals = others.filter((c) => c.score >= top.score * 0.85).slice(0, 3);
  if (rivals.length) {
    reply.summary = `${reply.summary}。案由按“${top.caseType.name}”登记，如不对请更正。`;
    reply.actions = [...(reply.actions ?? []), ...rivals.map((c, i) => ({ id: `retype-${i}`, label: `改为：${c.caseType.name.slice(0, 24)}`, value: `案件 ${caseNo} 案由 ${c.caseType.name}` }))];
  }
  return [reply];
}
