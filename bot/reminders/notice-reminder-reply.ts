import type { NoticeRecord } from '../../adapters/store/repositories/notice-records.js';
import type { LocalDate } from '../../core/calendar/local-date.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { ReminderStage } from '../../core/reminders/reminder-stage.js';
import type { Reply } from '../../core/reply/reply.js';
import { STAGE_FLAG, stageDistance } from './stage-wording.js';

/** What a remediation reminder's wording needs. */
export interface NoticeReplyContext {
  today: LocalDate;
  calendar: WorkingCalendar;
  unitName: string;
}

const LABEL: Readonly<Record<ReminderStage['kind'], string>> = { 临期: '整改临期', 到期: '整改到期', 超期: '整改超期' };

// Group chats show the requirement in full elsewhere (the notice itself); a reminder quotes its start.
const CONTENT_PREVIEW_CHARS = 200;

function preview(text: string): string {
  return text.length > CONTENT_PREVIEW_CHARS ? `${text.slice(0, CONTENT_PREVIEW_CHARS)}…` : text;
}

function noticeReply(notice: NoticeRecord & { remediationDue: string }, title: string, summary: string, stage: ReminderStage): Reply {
  return {
    kind: 'notice', locale: 'zh', title, summary,
    sections: [
      { heading: '整改期限', items: [{ text: `${notice.ref} ${notice.title}：${notice.remediationDue}`, flag: STAGE_FLAG[stage.kind] }] },
      { heading: '问题与要求', items: [{ text: preview(notice.content) }] },
    ],
    // The remediation deadline is the supervisor's, not a statutory period: nothing legal to cite.
    citations: [],
    actions: [{ id: 'ack', label: '收到', value: `收到 ${notice.ref}`, style: 'primary' }],
  };
}

/**
 * 【整改临期】海曙大队 N-12 <标题> 整改期限 2026-12-31（还剩 1 个工作日）, to the unit's groups
 * (and, once overdue, to the issuer).
 */
export function noticeReminderReply(notice: NoticeRecord & { remediationDue: string }, stage: ReminderStage, ctx: NoticeReplyContext): Reply {
  const distance = stageDistance(stage, notice.remediationDue, ctx.today, ctx.calendar);
  const title = `【${LABEL[stage.kind]}】${ctx.unitName} ${notice.ref} ${notice.title} 整改期限 ${notice.remediationDue}${distance}`;
  const summary = `整改完成后请回复“已整改 ${notice.ref} <说明>”；收到请回复“收到 ${notice.ref}”。`;
  return noticeReply(notice, title, summary, stage);
}

/** The escalation to the unit's supervisors: overdue, and nobody at the unit acknowledged. */
export function noticeEscalationReply(
  notice: NoticeRecord & { remediationDue: string }, stage: ReminderStage, ctx: NoticeReplyContext & { firstOverdueOn: LocalDate },
): Reply {
  const distance = stageDistance(stage, notice.remediationDue, ctx.today, ctx.calendar);
  const title = `【超期未确认】${ctx.unitName} ${notice.ref} ${notice.title} 整改期限 ${notice.remediationDue}${distance}`;
  const summary = `${ctx.unitName} 对 ${ctx.firstOverdueOn} 起的整改超期提醒满一个工作日无人确认，请督办。`;
  return noticeReply(notice, title, summary, stage);
}
