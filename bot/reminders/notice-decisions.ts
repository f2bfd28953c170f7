import type { NoticeRecord, NoticeTargetRecord } from '../../adapters/store/repositories/notice-records.js';
import type { ReminderStage } from '../../core/reminders/reminder-stage.js';
import { ESCALATION_STAGE } from './case-decisions.js';
import { noticeEscalationReply, noticeReminderReply, type NoticeReplyContext } from './notice-reminder-reply.js';
import { addressesOf, directAddressOf, escalationRecipients, unitDestinations, unitName } from './recipients.js';
import { decision, type Recipient, type ReminderAction, type ReminderDecision } from './reminder-decision.js';
import type { ReminderDeps } from './reminder-deps.js';
import type { SweepMoment } from './sweep-moment.js';

/** The rule id of remediation reminders in reminder_log, deliveries and the audit log. */
export const NOTICE_REMEDIATION_RULE = 'notice-remediation';

/** Delivery subject kind of remediation reminders. */
export const NOTICE_DELIVERY_KIND = 'notice-remediation';

/** A supervision notice with its remediation deadline. */
export type DueNotice = NoticeRecord & { remediationDue: string };

/** The reminder_log and audit subject of a notice at a unit. */
export function noticeReminderSubject(noticeId: string, unitId: string): string {
  return `notice:${noticeId}:${unitId}`;
}

const ACTION: Readonly<Record<ReminderStage['kind'], ReminderAction>> = {
  临期: 'notice.remediation-warning', 到期: 'notice.remediation-due', 超期: 'notice.remediation-overdue',
};

type DecisionDeps = Pick<ReminderDeps, 'directory' | 'calendar'>;

function replyContext(deps: DecisionDeps, moment: SweepMoment, target: NoticeTargetRecord): NoticeReplyContext {
  return { today: moment.today, calendar: deps.calendar, unitName: unitName(deps.directory, target.unitId) };
}

function common(notice: DueNotice, target: NoticeTargetRecord, moment: SweepMoment) {
  return {
    subject: noticeReminderSubject(notice.id, target.unitId),
    delivery: { kind: NOTICE_DELIVERY_KIND, id: `${notice.id}:${target.unitId}` },
    notBefore: moment.notBefore,
    now: moment.now,
  };
}

/** A remediation reminder: to the unit's groups; once overdue, also to the issuing supervisor. */
export function noticeReminderDecision(
  deps: DecisionDeps, moment: SweepMoment, notice: DueNotice, target: NoticeTargetRecord, stage: ReminderStage,
): ReminderDecision {
  const reply = noticeReminderReply(notice, stage, replyContext(deps, moment, target));
  const recipients: Recipient[] = unitDestinations(deps.directory, target.unitId).map((t) => ({ target: t, reply }));
  const issuer = stage.kind === '超期' ? directAddressOf(notice.issuer) : undefined;
  if (issuer) recipients.push({ target: issuer, reply });
  return decision({
    ...common(notice, target, moment),
    identity: { subject: noticeReminderSubject(notice.id, target.unitId), rule: NOTICE_REMEDIATION_RULE, stage: stage.key, date: notice.remediationDue },
    action: ACTION[stage.kind],
    recipients,
    detail: { ref: notice.ref, due: notice.remediationDue, kind: stage.kind, unitId: target.unitId, status: target.status },
  });
}

/** The escalation of an overdue notice nobody at the unit acknowledged: to the unit's supervisors. */
export function noticeEscalationDecision(
  deps: DecisionDeps, moment: SweepMoment, notice: DueNotice, target: NoticeTargetRecord, stage: ReminderStage, firstOverdueOn: string,
): ReminderDecision {
  const reply = noticeEscalationReply(notice, stage, { ...replyContext(deps, moment, target), firstOverdueOn });
  const people = escalationRecipients(deps.directory, target.unitId);
  return decision({
    ...common(notice, target, moment),
    identity: { subject: noticeReminderSubject(notice.id, target.unitId), rule: NOTICE_REMEDIATION_RULE, stage: ESCALATION_STAGE, date: notice.remediationDue },
    action: 'notice.overdue-escalation',
    recipients: addressesOf(people).map((t) => ({ target: t, reply })),
    detail: { ref: notice.ref, due: notice.remediationDue, unitId: target.unitId, firstOverdueOn, supervisors: people.map((p) => p.name) },
  });
}
