import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';
import { parseCaseNumber } from '../../core/understanding/parse-case-number.js';
import { parseDates } from '../../core/understanding/parse-dates.js';
import type { Command } from '../router/command.js';
import { acknowledgeCase } from '../services/cases/acknowledge-case.js';
import { problemReply } from '../services/cases/case-replies.js';
import { todayOf } from '../services/cases/today.js';
import { answerNotice } from '../services/notices/answer-notice.js';
import { issueNotice } from '../services/notices/issue-notice.js';
import { showNoticeStatus } from '../services/notices/notice-status.js';
import { reviewRemediation } from '../services/notices/review-remediation.js';
import { weeklyReport } from '../services/notices/weekly-report.js';
import { bindChat } from '../services/people/bind-chat.js';
import { resolveUnits } from '../services/people/resolve-units.js';
import { senderOf } from '../services/people/sender.js';
import type { ServiceDeps } from '../services/service-deps.js';
import { readNoticeRef } from './notice-ref.js';

const URGENT = /^(紧急|加急|urgent)\s+/i;

/** 发布提示 <单位|全部单位> [紧急] <内容> */
async function broadcast(deps: ServiceDeps, m: IncomingMessage, body: string): Promise<Reply[]> {
  let rest = body.trim();
  let urgent = URGENT.test(rest);
  rest = rest.replace(URGENT, '');
  const [unitText = '', ...words] = rest.split(/\s+/);
  let content = words.join(' ');
  if (URGENT.test(content)) [urgent, content] = [true, content.replace(URGENT, '')];
  if (!content) return [problemReply('缺少提示内容', '格式：发布提示 全部单位 <内容>，或 发布提示 海曙大队,江北大队 [紧急] <内容>')];
  const { units, unknown } = resolveUnits(deps.directory, unitText);
  if (unknown.length || units.length === 0) return [problemReply(`没有找到单位：${unknown.join('、') || unitText}`, `已配置的单位：${deps.directory.units.map((u) => u.name).join('、') || '（无）'}`)];
  return issueNotice(deps, senderOf(deps.directory, m), { kind: 'reminder', units, content, urgent });
}

/** 督办 <单位> 整改期限 <日期> [紧急] <问题与要求> */
async function supervise(deps: ServiceDeps, m: IncomingMessage, body: string): Promise<Reply[]> {
  const match = /^\s*(\S+)\s+(?:整改期限|期限|due)\s*[:：]?\s*/i.exec(body);
  const usage = '格式：督办 海曙大队 整改期限 2026-12-31 <问题与要求>';
  if (!match) return [problemReply('格式不对', usage)];
  const after = body.slice(match[0].length);
  const due = parseDates(after, todayOf(deps))[0];
  if (!due || due.index !== 0) return [problemReply('缺少整改期限', usage)];
  let content = after.slice(due.end).trim();
  const urgent = URGENT.test(content);
  content = content.replace(URGENT, '');
  if (!content) return [problemReply('缺少问题与要求', usage)];
  if (due.date < todayOf(deps)) return [problemReply('整改期限已过', `整改期限 ${due.date} 早于今天，请核对。`)];
  const { units, unknown } = resolveUnits(deps.directory, match[1]!);
  if (unknown.length || units.length === 0) return [problemReply(`没有找到单位：${unknown.join('、')}`, `已配置的单位：${deps.directory.units.map((u) => u.name).join('、') || '（无）'}`)];
  return issueNotice(deps, senderOf(deps.directory, m), { kind: 'supervision', units, content, remediationDue: due.date, urgent });
}

/** 收到 <编号|案号> [单位] */
async function acknowledge(deps: ServiceDeps, m: IncomingMessage, body: string): Promise<Reply[] | undefined> {
  const notice = readNoticeRef(body);
  if (notice) return answerNotice(deps, m, notice.ref, 'ack', notice.rest);
  const caseNo = parseCaseNumber(body);
  return caseNo ? acknowledgeCase(deps, m, caseNo) : undefined;
}

function refCommand(
  name: string, pattern: RegExp, run: (deps: ServiceDeps, m: IncomingMessage, ref: string, rest: string) => Promise<Reply[]>, deps: ServiceDeps,
): Command {
  return {
    name,
    handle: async (m, t) => {
      const head = pattern.exec(t);
      const ref = head && readNoticeRef(t.slice(head[0].length));
      return ref ? run(deps, m, ref.ref, ref.rest) : undefined;
    },
  };
}

function prefixed(name: string, pattern: RegExp, run: (m: IncomingMessage, body: string) => Promise<Reply[] | undefined>): Command {
  return { name, handle: async (m, t) => { const h = pattern.exec(t); return h ? run(m, t.slice(h[0].length)) : undefined; } };
}

/** 发布提示, 督办, 督办情况, 收到, 已整改, 验收, 退回, 周通报, 绑定单位. */
export function noticeCommands(deps: ServiceDeps): Command[] {
  return [
    prefixed('notice-status', /^(督办情况|提示情况|notice status)\s*/i, (m, b) => showNoticeStatus(deps, m, readNoticeRef(b)?.ref)),
    prefixed('broadcast', /^(发布提示|发提示|broadcast)\s+/i, (m, b) => broadcast(deps, m, b)),
    prefixed('supervise', /^(督办|supervise)\s+/i, (m, b) => supervise(deps, m, b)),
    prefixed('acknowledge', /^(收到|确认收到|签收|ack|acknowledge)\s*/i, (m, b) => acknowledge(deps, m, b)),
    refCommand('remediated', /^(已整改|整改完成|remediated)\s*/i, (d, m, r, rest) => answerNotice(d, m, r, 'remediated', rest), deps),
    refCommand('accept', /^(验收通过|验收|accept)\s*/i, (d, m, r, rest) => reviewRemediation(d, m, r, 'accept', rest), deps),
    refCommand('reopen', /^(退回|重新整改|reopen)\s*/i, (d, m, r, rest) => reviewRemediation(d, m, r, 'reopen', rest), deps),
    prefixed('weekly', /^(周通报|本周通报|weekly summary|weekly report)\s*$/i, () => weeklyReport(deps)),
    prefixed('bind-chat', /^(绑定单位|本群单位|bind unit)\s+/i, (m, b) => bindChat(deps, m, b.trim())),
  ];
}
