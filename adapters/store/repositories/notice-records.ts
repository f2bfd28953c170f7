import type { Selectable } from 'kysely';
import type {
  NoticeKind, NoticesTable, NoticeTargetsTable, NoticeTargetStatus,
} from '../tables/notice-tables.js';
import { personFromJson, type PersonRef } from './person-ref.js';

/** A regulation reminder (kind 'reminder', ref T-n) or supervision notice (kind 'supervision', ref N-n). */
export interface NoticeRecord {
  id: string;
  ref: string;
  kind: NoticeKind;
  title: string;
  content: string;
  issuer: PersonRef;
  urgent: boolean;
  /** 'YYYY-MM-DD' (supervision notices), else null. */
  remediationDue: string | null;
  createdAt: string;
}

/** One notice at one unit: where it is in its lifecycle and who moved it there. */
export interface NoticeTargetRecord {
  noticeId: string;
  unitId: string;
  status: NoticeTargetStatus;
  deliveredAt: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: PersonRef | null;
  remediationReportedAt: string | null;
  remediationReportedBy: PersonRef | null;
  remediationNote: string | null;
  acceptedAt: string | null;
  acceptedBy: PersonRef | null;
  reopenedAt: string | null;
  reopenedBy: PersonRef | null;
  reopenReason: string | null;
  lastRemindedStage: string | null;
  updatedAt: string;
}

/** A notice with all its targets, ordered by unit id. */
export interface NoticeWithTargets extends NoticeRecord {
  targets: NoticeTargetRecord[];
}

/** A member's acknowledgement of a notice for their unit. */
export interface NoticeAcknowledgementRecord {
  noticeId: string;
  unitId: string;
  member: PersonRef;
  acknowledgedAt: string;
}

export function toNoticeRecord(row: Selectable<NoticesTable>): NoticeRecord {
  return {
    id: row.id,
    ref: row.ref,
    kind: row.kind,
    title: row.title,
    content: row.content,
    issuer: { platform: row.issuer_platform, userId: row.issuer_user_id, name: row.issuer_name },
    urgent: Number(row.urgent) === 1,
    remediationDue: row.remediation_due,
    createdAt: row.created_at,
  };
}

export function toTargetRecord(row: Selectable<NoticeTargetsTable>): NoticeTargetRecord {
  return {
    noticeId: row.notice_id,
    unitId: row.unit_id,
    status: row.status,
    deliveredAt: row.delivered_at,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: personFromJson(row.acknowledged_by),
    remediationReportedAt: row.remediation_reported_at,
    remediationReportedBy: personFromJson(row.remediation_reported_by),
    remediationNote: row.remediation_note,
    acceptedAt: row.accepted_at,
    acceptedBy: personFromJson(row.accepted_by),
    reopenedAt: row.reopened_at,
    reopenedBy: personFromJson(row.reopened_by),
    reopenReason: row.reopen_reason,
    lastRemindedStage: row.last_reminded_stage,
    updatedAt: row.updated_at,
  };
}
