import { hash } from 'node:crypto';
import type { Reply } from '../../core/reply/reply.js';
import { destinationKey, type DeliveryTarget } from './delivery-target.js';

/** What is pushed: a neutral reply the destination's adapter renders, plus people to @-mention. */
export interface DeliveryPayload {
  reply: Reply;
  /** Platform user ids to mention (WeCom robots: userids in `mentioned_list`). */
  mentions?: string[];
}

/** The record a push is about (a supervision notice, a case deadline, a broadcast). */
export interface DeliverySubject {
  kind: string;
  id: string;
}

/**
 * One push to one destination. Its id is deterministic (subject, stage, destination), so a repeated
 * command or a retry of the whole broadcast never sends the same thing twice.
 */
export interface DeliveryJob {
  id: string;
  destination: DeliveryTarget;
  /** Secret-free key of `destination` (see destinationKey). */
  destinationKey: string;
  payload: DeliveryPayload;
  subject: DeliverySubject;
  /** The reminder stage or push kind: 'warning-3', 'due', 'overdue-2026-12-01', 'broadcast'. */
  stage: string;
  /** The rule that decided this push (deadline rule id, 'broadcast', 'escalation'), for the audit trail. */
  rule?: string;
  /** Who caused it (a person's name or 'system'). */
  actor?: string;
  createdAt: Date;
  /** Quiet-hours deferral: not sent before this time. */
  notBefore?: Date;
}

/** What a service supplies; the id and key are derived. */
export type DeliveryJobInput = Omit<DeliveryJob, 'id' | 'destinationKey' | 'createdAt'> & { createdAt?: Date };

/**
 * The deterministic id: sha1 of `${subjectKind}:${subjectId}:${stage}:${destinationKey}`.
 * Hex only, so it is also a valid BullMQ custom job id (no ':' and never integer-like).
 */
export function deliveryId(subject: DeliverySubject, stage: string, key: string): string {
  return hash('sha1', `${subject.kind}:${subject.id}:${stage}:${key}`);
}

/**
 * Builds a job with its deterministic id.
 * @example makeDeliveryJob({ destination, payload, subject: { kind: 'notice', id: 'N7' }, stage: 'issued', createdAt: now })
 */
export function makeDeliveryJob(input: DeliveryJobInput): DeliveryJob {
  const key = destinationKey(input.destination);
  return {
    ...input,
    id: deliveryId(input.subject, input.stage, key),
    destinationKey: key,
    createdAt: input.createdAt ?? new Date(),
  };
}
