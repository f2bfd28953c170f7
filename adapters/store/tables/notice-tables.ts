/**
 * Regulation reminders (执法规范提示单) and supervision notices (执法监督工作提示单), the units they
 * target with each unit's lifecycle state, and every member's acknowledgement.
 */
export type NoticeKind = 'reminder' | 'supervision';

/** issued → delivered → acknowledged → remediation_reported → accepted (or reopened). */
export type NoticeTargetStatus =
  | 'issued' | 'delivered' | 'acknowledged' | 'remediation_reported' | 'accepted' | 'reopened';

/** `notices`: one row per notice; `ref` (N-12, T-3) is what units type in `收到 N-12`. */
export interface NoticesTable {
  id: string;
  ref: string;
  kind: NoticeKind;
  title: string;
  content: string;
  issuer_platform: string;
  issuer_user_id: string;
  issuer_name: string;
  /** 0 or 1 (portable boolean): urgent notices skip quiet hours. */
  urgent: number;
  /** 'YYYY-MM-DD', supervision notices only. */
  remediation_due: string | null;
  created_at: string;
}

/** `notice_targets`: the state of one notice at one unit. `*_by` columns hold JSON of a PersonRef. */
export interface NoticeTargetsTable {
  notice_id: string;
  unit_id: string;
  status: NoticeTargetStatus;
  delivered_at: string | null;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  remediation_reported_at: string | null;
  remediation_reported_by: string | null;
  remediation_note: string | null;
  accepted_at: string | null;
  accepted_by: string | null;
  reopened_at: string | null;
  reopened_by: string | null;
  reopen_reason: string | null;
  /** The last reminder stage sent for this target (临期/到期/超期 stage id). */
  last_reminded_stage: string | null;
  updated_at: string;
}

/** `notice_acknowledgements`: one row per unit member who acknowledged. */
export interface NoticeAcknowledgementsTable {
  notice_id: string;
  unit_id: string;
  platform: string;
  user_id: string;
  name: string;
  acknowledged_at: string;
}

/** `counters`: named monotonic counters (notice refs). */
export interface CountersTable {
  name: string;
  value: number;
}

/** The record tables of notices. */
export interface NoticeTables {
  notices: NoticesTable;
  notice_targets: NoticeTargetsTable;
  notice_acknowledgements: NoticeAcknowledgementsTable;
  counters: CountersTable;
}
