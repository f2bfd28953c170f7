import type { NoticeTargetStatus } from '../tables/notice-tables.js';

/**
 * The lifecycle of a notice at a unit: issued → delivered → acknowledged → remediation_reported →
 * accepted, or reopened (and reported again). Remediation applies to supervision notices only.
 * A delivery receipt or an acknowledgement arriving late never moves a target backwards.
 */
export const ALLOWED_FROM = {
  delivered: ['issued'],
  acknowledged: ['issued', 'delivered'],
  remediation_reported: ['issued', 'delivered', 'acknowledged', 'reopened'],
  accepted: ['remediation_reported'],
  reopened: ['remediation_reported', 'accepted'],
} as const satisfies Record<Exclude<NoticeTargetStatus, 'issued'>, readonly NoticeTargetStatus[]>;

/** Statuses in which a target still needs its unit to act (for the overdue sweep and 督办情况). */
export const OUTSTANDING: Readonly<Record<'reminder' | 'supervision', readonly NoticeTargetStatus[]>> = {
  reminder: ['issued', 'delivered'],
  supervision: ['issued', 'delivered', 'acknowledged', 'reopened'],
};

/** Statuses that count as remediated. */
export const REMEDIATED: readonly NoticeTargetStatus[] = ['remediation_reported', 'accepted'];
