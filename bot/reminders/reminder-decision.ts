import type { ReminderIdentity } from '../../adapters/store/repositories/reminder-log-repository.js';
import type { Reply } from '../../core/reply/reply.js';
import type { Destination } from '../config/directory.js';
import { makeDeliveryJob, type DeliveryJob, type DeliverySubject } from '../delivery/delivery-job.js';
import type { DirectAddress } from '../delivery/delivery-target.js';

/** Audit actions of the sweep (style rule 4: reminder.*, notice.*). */
export type ReminderAction =
  | 'reminder.deadline-warning' | 'reminder.deadline-due' | 'reminder.deadline-overdue'
  | 'reminder.overdue-escalation' | 'reminder.escalation-not-needed'
  | 'notice.remediation-warning' | 'notice.remediation-due' | 'notice.remediation-overdue'
  | 'notice.overdue-escalation' | 'notice.escalation-not-needed';

/** One push to one recipient: a group destination or a person, with the reply they get. */
export interface Recipient {
  target: Destination | DirectAddress;
  reply: Reply;
  mentions?: string[];
}

/**
 * One thing the sweep decided to say: its reminder_log identity (claimed once), its audit
 * entry, and its delivery jobs (ids deterministic from the identity and the destination).
 */
export interface ReminderDecision {
  identity: ReminderIdentity;
  action: ReminderAction;
  /** Audit subject: 'case:<id>' or 'notice:<id>:<unit>'. */
  subject: string;
  rule: string;
  jobs: DeliveryJob[];
  /** Audit detail (stage, due …); destinations and notBefore are added on commit. */
  detail: Record<string, unknown>;
}

/** Inputs of decision(). */
export interface DecisionInput {
  identity: ReminderIdentity;
  action: ReminderAction;
  subject: string;
  delivery: DeliverySubject;
  recipients: readonly Recipient[];
  notBefore: Date;
  now: Date;
  detail: Record<string, unknown>;
}

/** Builds a decision with one job per recipient; its stage is the reminder's stage key. */
export function decision(input: DecisionInput): ReminderDecision {
  const { identity } = input;
  const jobs = input.recipients.map((r) => makeDeliveryJob({
    destination: r.target,
    payload: { reply: r.reply, ...(r.mentions?.length ? { mentions: r.mentions } : {}) },
    subject: input.delivery,
    stage: identity.stage,
    rule: identity.rule,
    actor: 'system',
    createdAt: input.now,
    ...(input.notBefore.getTime() > input.now.getTime() && { notBefore: input.notBefore }),
  }));
  // Two recipients can be one destination (a supervisor who is also the officer): one job.
  const unique = [...new Map(jobs.map((j) => [j.id, j])).values()];
  return { identity, action: input.action, subject: input.subject, rule: identity.rule, jobs: unique, detail: input.detail };
}
