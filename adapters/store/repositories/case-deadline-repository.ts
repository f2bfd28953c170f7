import type { Insertable, Kysely, SelectQueryBuilder } from 'kysely';
import type { DueDate } from '../../../core/deadlines/due-date.js';
import type { Database } from '../database.js';
import { inTransaction } from '../in-transaction.js';
import type { CaseDeadlinesTable } from '../tables/case-deadline-tables.js';
import {
  toCaseDeadlineRecord, type CaseDeadlineRecord, type DeadlineCursor, type DueCaseDeadline,
} from './case-deadline-records.js';
import { repositoryContext, type RepositoryContext, type RepositoryOptions } from './repository-options.js';

/** Rows per page of the sweep: one round trip per thousand dates keeps memory flat. */
export const DEFAULT_DEADLINE_PAGE = 1_000;

/** One stored date: its case and rule. */
export interface DeadlineKey {
  caseId: string;
  rule: string;
}

/** What the sweep records after claiming a stage. */
export interface ReminderMark extends DeadlineKey {
  stage: string;
  /** Set with the first 超期 reminder; kept afterwards. */
  firstOverdueOn?: string;
}

/**
 * `case_deadlines`: due dates computed when a case's events change (recomputeCaseDeadlines), read
 * by the reminder sweep with its progress (`case_deadline_progress`). Replacing a case's dates
 * keeps the progress on every date that did not move, so a recompute never repeats a reminder;
 * a moved date starts afresh.
 */
export class CaseDeadlineRepository {
  private readonly ctx: RepositoryContext;

  constructor(private readonly db: Kysely<Database>, options: RepositoryOptions = {}) {
    this.ctx = repositoryContext(options);
  }

  /** Replaces a case's dates in one transaction (delete + insert); idempotent. */
  replaceForCase(caseId: string, dueDates: readonly DueDate[]): Promise<void> {
    return inTransaction(this.db, async (trx) => {
      const old = await trx.selectFrom('case_deadlines').select(['rule', 'due']).where('case_id', '=', caseId).execute();
      const dueNow = new Map(dueDates.map((d) => [d.rule, d.due]));
      const moved = old.filter((o) => dueNow.get(o.rule) !== o.due).map((o) => o.rule);
      if (moved.length > 0) {
        await trx.deleteFrom('case_deadline_progress').where('case_id', '=', caseId).where('rule', 'in', moved).execute();
      }
      await trx.deleteFrom('case_deadlines').where('case_id', '=', caseId).execute();
      if (dueDates.length === 0) return;
      const at = this.ctx.nowIso();
      await trx.insertInto('case_deadlines').values(dueDates.map((d) => deadlineRow(caseId, d, at)))
        // Two recomputes of one case racing on PostgreSQL: the later one's rows win.
        .onConflict((oc) => oc.columns(['case_id', 'rule']).doUpdateSet((eb) => ({
          title: eb.ref('excluded.title'), due: eb.ref('excluded.due'), due_time: eb.ref('excluded.due_time'),
          kind: eb.ref('excluded.kind'), basis: eb.ref('excluded.basis'), derivation: eb.ref('excluded.derivation'),
          citations: eb.ref('excluded.citations'), completed: eb.ref('excluded.completed'),
          estimate: eb.ref('excluded.estimate'), updated_at: eb.ref('excluded.updated_at'),
        })))
        .execute();
    });
  }

  /** Removes a case's dates and the sweep's progress on them (a closed case stops reminding). */
  deleteForCase(caseId: string): Promise<void> {
    return inTransaction(this.db, async (trx) => {
      await trx.deleteFrom('case_deadline_progress').where('case_id', '=', caseId).execute();
      await trx.deleteFrom('case_deadlines').where('case_id', '=', caseId).execute();
    });
  }

  /** A case's stored dates, earliest first. */
  async listForCase(caseId: string): Promise<CaseDeadlineRecord[]> {
    const rows = await this.withProgress(this.db.selectFrom('case_deadlines as d'))
      .where('d.case_id', '=', caseId).orderBy('d.due').orderBy('d.rule').execute();
    return rows.map(toCaseDeadlineRecord);
  }

  /**
   * One page of `latest`, not completed dates due on or before `until` ('YYYY-MM-DD') of OPEN
   * cases, in (due, case_id, rule) order after `after` (keyset paging over case_deadlines_sweep).
   */
  async duePage(until: string, options: { after?: DeadlineCursor; limit?: number; caseId?: string } = {}): Promise<DueCaseDeadline[]> {
    let query = this.withProgress(this.db.selectFrom('case_deadlines as d'))
      .innerJoin('cases as c', 'c.id', 'd.case_id')
      .select(['c.case_no', 'c.unit_id', 'c.officer_platform', 'c.officer_user_id', 'c.officer_name'])
      .where('d.kind', '=', 'latest').where('d.completed', '=', 0).where('d.due', '<=', until)
      .where('c.status', '=', 'open');
    if (options.caseId !== undefined) query = query.where('d.case_id', '=', options.caseId);
    const { after } = options;
    if (after) {
      query = query.where((eb) => eb(eb.refTuple('d.due', 'd.case_id', 'd.rule'), '>', eb.tuple(after.due, after.caseId, after.rule)));
    }
    const rows = await query.orderBy('d.due').orderBy('d.case_id').orderBy('d.rule')
      .limit(options.limit ?? DEFAULT_DEADLINE_PAGE).execute();
    return rows.map((r) => ({
      ...toCaseDeadlineRecord(r),
      caseNo: r.case_no,
      unitId: r.unit_id,
      officer: { platform: r.officer_platform, userId: r.officer_user_id, name: r.officer_name },
    }));
  }

  /**
   * Streams `duePage` pages until the end; memory stays at one page.
   * @example for await (const page of repo.dueWithin('2026-12-10')) plan(page);
   */
  async *dueWithin(until: string, options: { batchSize?: number; caseId?: string } = {}): AsyncGenerator<DueCaseDeadline[]> {
    const limit = options.batchSize ?? DEFAULT_DEADLINE_PAGE;
    let after: DeadlineCursor | undefined;
    for (;;) {
      const page = await this.duePage(until, { limit, ...(after && { after }), ...(options.caseId !== undefined && { caseId: options.caseId }) });
      if (page.length > 0) yield page;
      if (page.length < limit) return;
      const last = page[page.length - 1]!;
      after = { due: last.due, caseId: last.caseId, rule: last.rule };
    }
  }

  /**
   * Records the stages the sweep claimed, in the narrow progress table: one multi-row upsert per
   * 400 dates, not one statement per date.
   */
  async markReminded(marks: readonly ReminderMark[]): Promise<void> {
    const at = this.ctx.nowIso();
    for (const chunk of chunks(marks, KEYS_PER_UPDATE)) {
      await this.db.insertInto('case_deadline_progress')
        .values(chunk.map((m) => ({
          case_id: m.caseId, rule: m.rule, reminded_stage: m.stage,
          first_overdue_on: m.firstOverdueOn ?? null, escalation: null, updated_at: at,
        })))
        .onConflict((oc) => oc.columns(['case_id', 'rule']).doUpdateSet((eb) => ({
          reminded_stage: eb.ref('excluded.reminded_stage'),
          // The first overdue day is set once and kept: it starts the escalation wait.
          first_overdue_on: eb.fn.coalesce('case_deadline_progress.first_overdue_on', eb.ref('excluded.first_overdue_on')),
          updated_at: eb.ref('excluded.updated_at'),
        })))
        .execute();
    }
  }

  /** Records the escalation decision of some dates. */
  async setEscalation(keys: readonly DeadlineKey[], state: 'escalated' | 'acknowledged'): Promise<void> {
    const at = this.ctx.nowIso();
    for (const chunk of chunks(keys, KEYS_PER_UPDATE)) {
      await this.db.insertInto('case_deadline_progress')
        .values(chunk.map((k) => ({
          case_id: k.caseId, rule: k.rule, reminded_stage: null, first_overdue_on: null, escalation: state, updated_at: at,
        })))
        .onConflict((oc) => oc.columns(['case_id', 'rule']).doUpdateSet((eb) => ({
          escalation: eb.ref('excluded.escalation'), updated_at: eb.ref('excluded.updated_at'),
        })))
        .execute();
    }
  }

  /** A date query with the sweep's progress on each date (none yet: nulls). */
  private withProgress(query: SelectQueryBuilder<Database & { d: CaseDeadlinesTable }, 'd', object>) {
    return query
      .leftJoin('case_deadline_progress as p', (join) => join.onRef('p.case_id', '=', 'd.case_id').onRef('p.rule', '=', 'd.rule'))
      .selectAll('d')
      .select(['p.reminded_stage', 'p.first_overdue_on', 'p.escalation']);
  }
}

// 400 dates × 6 columns = 2 400 bound parameters per statement.
const KEYS_PER_UPDATE = 400;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The row of one computed date. */
function deadlineRow(caseId: string, d: DueDate, at: string): Insertable<CaseDeadlinesTable> {
  return {
    case_id: caseId, rule: d.rule, title: d.title, due: d.due, due_time: d.dueTime ?? null, kind: d.kind,
    basis: d.basis, derivation: d.derivation, citations: JSON.stringify(d.citations),
    completed: d.status === '已完成' ? 1 : 0, estimate: d.estimate ? 1 : 0, updated_at: at,
  };
}
