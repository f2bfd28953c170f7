import type { DueCaseDeadline } from '../../adapters/store/repositories/case-deadline-records.js';
import type { LocalDate } from '../../core/calendar/local-date.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { formatCitation } from '../../core/citation/citation.js';
import type { ReminderStage } from '../../core/reminders/reminder-stage.js';
import type { Reply, ReplyAction, ReplySection } from '../../core/reply/reply.js';
import { STAGE_FLAG, STAGE_LABEL, stageDistance } from './stage-wording.js';

/** What a case reminder's wording needs besides the date itself. */
export interface CaseReplyContext {
  today: LocalDate;
  calendar: WorkingCalendar;
  unitName: string;
}

function dueText(d: DueCaseDeadline): string {
  return d.dueTime ? `${d.due} ${d.dueTime}` : d.due;
}

function ackAction(caseNo: string): ReplyAction {
  return { id: 'ack', label: '收到', value: `收到 ${caseNo}`, style: 'primary' };
}

/** The date with its derivation, and every source it rests on (every legal statement cited). */
function deadlineSections(d: DueCaseDeadline, flag: ReplySection['items'][number]['flag']): ReplySection[] {
  return [
    { heading: '期限', items: [{ text: `${d.title}：${dueText(d)}`, note: d.derivation, ...(flag && { flag }) }] },
    {
      heading: '依据',
      items: d.citations.map((c) => ({ text: formatCitation(c), ...(c.note && { note: c.note }), ...(!c.verified && { flag: 'unverified' as const }) })),
    },
  ];
}

function base(d: DueCaseDeadline, title: string, summary: string, sections: ReplySection[]): Reply {
  return {
    kind: 'case', locale: 'zh', title, summary, sections,
    citations: d.citations,
    actions: [ackAction(d.caseNo)],
    ...(d.citations.some((c) => !c.verified) && { unverified: true }),
  };
}

/**
 * 【临期提醒】甬交执罚〔2026〕123号 当事人申请听证期限 2026-12-08（还剩 1 个工作日）, with the
 * derivation, the citations, and a `收到 <案号>` button. No party's data: only the case number.
 */
export function caseReminderReply(d: DueCaseDeadline, stage: ReminderStage, ctx: CaseReplyContext): Reply {
  const title = `【${STAGE_LABEL[stage.kind]}】${d.caseNo} ${d.title} ${dueText(d)}${stageDistance(stage, d.due, ctx.today, ctx.calendar)}`;
  const summary = `${ctx.unitName} · 承办人 ${d.officer.name}。已办理的请用“案件 ${d.caseNo} <事件> <日期>”记录；收到请回复“收到 ${d.caseNo}”。`;
  return base(d, title, summary, deadlineSections(d, STAGE_FLAG[stage.kind]));
}

/** The escalation to a supervisor: an overdue date whose reminders nobody acknowledged. */
export function caseEscalationReply(d: DueCaseDeadline, stage: ReminderStage, ctx: CaseReplyContext & { firstOverdueOn: LocalDate }): Reply {
  const title = `【超期未确认】${d.caseNo} ${d.title} ${dueText(d)}${stageDistance(stage, d.due, ctx.today, ctx.calendar)}`;
  const summary = `${ctx.unitName} 承办人 ${d.officer.name}：${ctx.firstOverdueOn} 起的超期提醒满一个工作日无人确认，请督办。`;
  return base(d, title, summary, deadlineSections(d, 'overdue'));
}
