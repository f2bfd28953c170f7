import type { DueCaseDeadline } from '../../adapters/store/repositories/case-deadline-records.js';
import type { ReminderStage } from '../../core/reminders/reminder-stage.js';
import { caseEscalationReply, caseReminderReply, type CaseReplyContext } from './case-reminder-reply.js';
import {
  addressesOf, directAddressOf, escalationRecipients, mentionIn, personOf, unitDestinations, unitName,
} from './recipients.js';
import { decision, type ReminderAction, type Recipient, type ReminderDecision } from './reminder-decision.js';
import type { ReminderDeps } from './reminder-deps.js';
import type { SweepMoment } from './sweep-moment.js';

/** Delivery subject kind of case deadline reminders. */
export const CASE_DELIVERY_KIND = 'case-deadline';

/** The stage of an escalation in reminder_log and delivery ids: one per overdue date. */
export const ESCALATION_STAGE = 'escalation';

/** The reminder_log and audit subject of a case; `收到 <案号>` acknowledges by it. */
export function caseReminderSubject(caseId: string): string {
  return `case:${caseId}`;
}

const ACTION: Readonly<Record<ReminderStage['kind'], ReminderAction>> = {
  临期: 'reminder.deadline-warning', 到期: 'reminder.deadline-due', 超期: 'reminder.deadline-overdue',
};

type DecisionDeps = Pick<ReminderDeps, 'directory' | 'calendar'>;

function replyContext(deps: DecisionDeps, moment: SweepMoment, row: DueCaseDeadline): CaseReplyContext {
  return { today: moment.today, calendar: deps.calendar, unitName: unitName(deps.directory, row.unitId) };
}

function common(row: DueCaseDeadline, moment: SweepMoment) {
  return {
    subject: caseReminderSubject(row.caseId),
    delivery: { kind: CASE_DELIVERY_KIND, id: `${row.caseId}:${row.rule}:${row.due}` },
    notBefore: moment.notBefore,
    now: moment.now,
  };
}

/** A 临期 / 到期 / 超期 reminder of one date: to the officer by direct message and to the unit's groups. */
export function caseReminderDecision(deps: DecisionDeps, moment: SweepMoment, row: DueCaseDeadline, stage: ReminderStage): ReminderDecision {
  const reply = caseReminderReply(row, stage, replyContext(deps, moment, row));
  const officer = personOf(deps.directory, row.officer);
  const recipients: Recipient[] = [];
  const dm = directAddressOf(row.officer);
  if (dm) recipients.push({ target: dm, reply });
  for (const target of unitDestinations(deps.directory, row.unitId)) {
    recipients.push({ target, reply, mentions: mentionIn(target, officer) });
  }
  return decision({
    ...common(row, moment),
    identity: { subject: caseReminderSubject(row.caseId), rule: row.rule, stage: stage.key, date: row.due },
    action: ACTION[stage.kind],
    recipients,
    detail: { caseNo: row.caseNo, due: row.due, kind: stage.kind, unitId: row.unitId },
  });
}

/** The escalation of an overdue date nobody acknowledged: to the unit's supervisors (or admins). */
export function caseEscalationDecision(
  deps: DecisionDeps, moment: SweepMoment, row: DueCaseDeadline, stage: ReminderStage, firstOverdueOn: string,
): ReminderDecision {
  const reply = caseEscalationReply(row, stage, { ...replyContext(deps, moment, row), firstOverdueOn });
  const people = escalationRecipients(deps.directory, row.unitId);
  return decision({
    ...common(row, moment),
    identity: { subject: caseReminderSubject(row.caseId), rule: row.rule, stage: ESCALATION_STAGE, date: row.due },
    action: 'reminder.overdue-escalation',
    recipients: addressesOf(people).map((target) => ({ target, reply })),
    detail: { caseNo: row.caseNo, due: row.due, unitId: row.unitId, firstOverdueOn, supervisors: people.map((p) => p.name) },
  });
}
