import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';
import { CASE_NUMBER, parseCaseNumber, withoutCaseNumber } from '../../core/understanding/parse-case-number.js';
import type { Command } from '../router/command.js';
import { changeCaseType } from '../services/cases/change-case-type.js';
import { myCases } from '../services/cases/my-cases.js';
import { recordEvents } from '../services/cases/record-events.js';
import { registerCase } from '../services/cases/register-case.js';
import { showCase } from '../services/cases/show-case.js';
import { problemReply } from '../services/cases/case-replies.js';
import type { ServiceDeps } from '../services/service-deps.js';

const REGISTER = /^(登记案件|案件登记|新增案件|登记|register case)\s*/i;
const CASE = /^(案件|案子|case)\s*/i;
const MINE = /^(我的案件|我的案子|my cases)\s*$/i;

async function caseCommand(deps: ServiceDeps, message: IncomingMessage, text: string): Promise<Reply[] | undefined> {
  const body = text.replace(CASE, '');
  const caseNo = parseCaseNumber(body);
  if (!caseNo || !CASE_NUMBER.test(body.slice(0, 40))) return undefined;
  const record = await deps.repos.cases.findByNo(caseNo);
  if (!record) return [problemReply(`没有找到案件 ${caseNo}`, '请先登记：登记案件 <案号> <案由> 立案 <日期>。')];
  const rest = withoutCaseNumber(body, '').trim();
  if (rest === '' || /^(详情|情况|期限|审核|审查)$/.test(rest)) return showCase(deps, record);
  if (/^案由/.test(rest)) return changeCaseType(deps, message, record, rest.replace(/^案由\s*/, ''));
  return recordEvents(deps, message, record, rest);
}

/** 登记案件, 案件 <案号> [事件 日期 …|案由 X], 我的案件. */
export function caseCommands(deps: ServiceDeps): Command[] {
  return [
    { name: 'register-case', handle: async (m, t) => (REGISTER.test(t) ? registerCase(deps, m, t) : undefined) },
    { name: 'my-cases', handle: async (m, t) => (MINE.test(t) ? myCases(deps, m) : undefined) },
    { name: 'case', handle: async (m, t) => (CASE.test(t) ? caseCommand(deps, m, t) : undefined) },
  ];
}
