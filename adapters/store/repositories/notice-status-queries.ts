import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { NoticeKind } from '../tables/notice-tables.js';
import {
  toNoticeRecord, toTargetRecord, type NoticeRecord, type NoticeTargetRecord,
} from './notice-records.js';
import { OUTSTANDING } from './notice-transitions.js';
import { targetProgress, type TargetProgress } from './target-progress.js';

/** A target with its derived progress and how many members acknowledged. */
export interface TargetStatusView extends NoticeTargetRecord, TargetProgress {
  acknowledgements: number;
}

/** One notice of `督办情况` with its (filtered) targets. */
export interface NoticeStatusView {
  notice: NoticeRecord;
  targets: TargetStatusView[];
}

/** Filters of `督办情况`. */
export interface NoticeStatusFilter {
  /** 'YYYY-MM-DD' in the programme's time zone, for `overdue`. */
  today: string;
  kind?: NoticeKind;
  /** Only these units' targets (a supervisor scoped to some units); notices with none are left out. */
  unitIds?: readonly string[];
  /** Only notices issued at or after this instant (ISO). */
  issuedSince?: string;
  /** Only notices with a target still awaiting its unit (unacknowledged reminder, unremediated notice). */
  outstandingOnly?: boolean;
  /** Most recent first; default 50. */
  limit?: number;
}

/** `督办情况`: notices, newest first, with per-unit delivered / acknowledged / remediated / overdue. */
export async function noticeStatus(db: Kysely<Database>, filter: NoticeStatusFilter): Promise<NoticeStatusView[]> {
  const { unitIds } = filter;
  if (unitIds?.length === 0) return [];
  let query = db.selectFrom('notices').selectAll('notices');
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.issuedSince) query = query.where('created_at', '>=', filter.issuedSince);
  query = query.where(({ exists, selectFrom }) => {
    let targets = selectFrom('notice_targets as t').select('t.notice_id').whereRef('t.notice_id', '=', 'notices.id');
    if (unitIds) targets = targets.where('t.unit_id', 'in', unitIds);
    if (filter.outstandingOnly) {
      targets = targets.where(({ or, and, eb }) => or([
        and([eb('notices.kind', '=', 'reminder'), eb('t.status', 'in', OUTSTANDING.reminder)]),
        and([eb('notices.kind', '=', 'supervision'), eb('t.status', 'in', OUTSTANDING.supervision)]),
      ]));
    }
    return exists(targets);
  });
  const notices = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit ?? 50).execute();
  if (notices.length === 0) return [];
  let targetQuery = db.selectFrom('notice_targets').selectAll()
    .where('notice_id', 'in', notices.map((n) => n.id));
  if (unitIds) targetQuery = targetQuery.where('unit_id', 'in', unitIds);
  const targets = await targetQuery.orderBy('unit_id').execute();
  const counts = await acknowledgementCounts(db, notices.map((n) => n.id));
  return notices.map((row) => {
    const notice = toNoticeRecord(row);
    const views = targets.filter((t) => t.notice_id === notice.id).map(toTargetRecord).map((t) => ({
      ...t, ...targetProgress(notice, t, filter.today), acknowledgements: counts.get(`${t.noticeId}\n${t.unitId}`) ?? 0,
    }));
    return { notice, targets: views };
  });
}

async function acknowledgementCounts(db: Kysely<Database>, noticeIds: string[]): Promise<Map<string, number>> {
  const rows = await db.selectFrom('notice_acknowledgements')
    .select((eb) => ['notice_id', 'unit_id', eb.fn.countAll().as('n')])
    .where('notice_id', 'in', noticeIds)
    .groupBy(['notice_id', 'unit_id'])
    .execute();
  return new Map(rows.map((r) => [`${r.notice_id}\n${r.unit_id}`, Number(r.n)]));
}

/** An outstanding target with its notice, for the reminder / escalation sweep. */
export interface OutstandingTarget {
  notice: NoticeRecord;
  target: NoticeTargetRecord;
}

/**
 * Every target still awaiting its unit — reminders not acknowledged, supervision notices not
 * remediated (or reopened) — optionally for one unit (`收到` without a reference).
 */
export async function outstandingTargets(
  db: Kysely<Database>, options: { unitId?: string } = {},
): Promise<OutstandingTarget[]> {
  let query = db.selectFrom('notice_targets as t')
    .innerJoin('notices as n', 'n.id', 't.notice_id')
    .selectAll('t')
    .select(['n.ref', 'n.kind', 'n.title', 'n.content', 'n.issuer_platform', 'n.issuer_user_id',
      'n.issuer_name', 'n.urgent', 'n.remediation_due', 'n.created_at as notice_created_at'])
    .where(({ or, and, eb }) => or([
      and([eb('n.kind', '=', 'reminder'), eb('t.status', 'in', OUTSTANDING.reminder)]),
      and([eb('n.kind', '=', 'supervision'), eb('t.status', 'in', OUTSTANDING.supervision)]),
    ]));
  if (options.unitId) query = query.where('t.unit_id', '=', options.unitId);
  const rows = await query.orderBy('n.created_at').orderBy('t.notice_id').orderBy('t.unit_id').execute();
  return rows.map((row) => ({
    notice: toNoticeRecord({ ...row, id: row.notice_id, created_at: row.notice_created_at }),
    target: toTargetRecord(row),
  }));
}
