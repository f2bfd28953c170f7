import type { NoticeRecord, NoticeTargetRecord } from './notice-records.js';
import { REMEDIATED } from './notice-transitions.js';

/** What `督办情况` shows for one notice at one unit. */
export interface TargetProgress {
  delivered: boolean;
  acknowledged: boolean;
  remediated: boolean;
  accepted: boolean;
  /** A supervision notice whose remediation deadline has passed (`today` after it) unremediated. */
  overdue: boolean;
}

/**
 * Derives the flags from a target's state. An acknowledgement implies delivery (a member may
 * answer before the platform's receipt arrives). The due date is the last day allowed, so a
 * report on the due date is on time. Dates are 'YYYY-MM-DD' and compare as text.
 */
export function targetProgress(
  notice: Pick<NoticeRecord, 'kind' | 'remediationDue'>, target: NoticeTargetRecord, today: string,
): TargetProgress {
  const remediated = REMEDIATED.includes(target.status);
  return {
    delivered: target.deliveredAt !== null || target.acknowledgedAt !== null || target.status !== 'issued',
    acknowledged: target.acknowledgedAt !== null,
    remediated,
    accepted: target.status === 'accepted',
    overdue: notice.kind === 'supervision' && notice.remediationDue !== null && today > notice.remediationDue && !remediated,
  };
}
