import type { Insertable, Kysely } from 'kysely';
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

type Progress = Pick<CaseDeadlinesTable, 'due' | 'reminded_stage' | 'first_overdue_on' | 'escalation'>;

/**
 * `case_deadlines`: due dates computed when a case's events change (recomputeCaseDeadlines), read
 * by the reminder sweep. Replacing a case's dates keeps the sweep's progress on every date that
 * did not move, so a recompute never repeats a reminder; a moved date starts afresh.
 */
export class CaseDeadlineRepository {
  private readonly ctx: RepositoryContext;

  constructor(private readonly db: Kysely<Database>, options: RepositoryOptions = {}) {
    this.ctx = repositoryContext(options);
  }

  /** Replaces a case's dates in one transaction (delete + insert); idempotent. */
  replaceForCase(caseId: string, dueDates: readonly DueDate[]): Promise<void> {
    return inTransaction(this.db, async (trx) => {
      const old = await trx.selectFrom('case_deadlines')
        .select(['rule', 'due', 'reminded_stage', 'first_overdue_on', 'escalation'])
        .where('case_id', '=', caseId).execute();
      const progress = new Map<string, Progress>(old.map((r) => [r.rule, r]));
      await trx.deleteFrom('case_deadlines').where('case_id', '=', caseId).execute();
      if (dueDates.length === 0) return;
      const at = this.ctx.nowIso();
      const rows = dueDates.map((d) => deadlineRow(caseId, d, at, progress.get(d.rule)));
      await trx.insertInto('case_deadlines').values(rows)
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

  /** Removes a case's dates (a closed case stops reminding). */
  async deleteForCase(caseId: string): Promise<void> {
    await this.db.deleteFrom('case_deadlines').where('case_id', '=', caseId).execute();
  }

  /** A case's stored dates, earliest first. */
  async listForCase(caseId: string): Promise<CaseDeadlineRecord[]> {
    const rows = await this.db.selectFrom('case_deadlines').selectAll()
      .where('case_id', '=', caseId).orderBy('due').orderBy('rule').execute();
    return rows.map(toCaseDeadlineRecord);
  }

  /**
   * One page of `latest`, not completed dates due on or before `until` ('YYYY-MM-DD') of OPEN
   * cases, in (due, case_id, rule) order after `after` (keyset paging over case_deadlines_sweep).
   */
  async duePage(until: string, options: { after?: DeadlineCursor; limit?: number; caseId?: string } = {}): Promise<DueCaseDeadline[]> {
    let query = this.db.selectFrom('case_deadlines as d')
      .innerJoin('cases as c', 'c.id', 'd.case_id')
      .selectAll('d')
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
   * Records the stages the sweep claimed. Dates of one page share few stages (they are in due
   * order), so this is one UPDATE per (stage, first overdue day) and chunk, not one per date.
   */
  markReminded(marks: readonly ReminderMark[]): Promise<void> {
    if (marks.length === 0) return Promise.resolve();
    const groups = groupBy(marks, (m) => `${m.stage}\n${m.firstOverdueOn ?? ''}`);
    return inTransaction(this.db, async (trx) => {
      const at = this.ctx.nowIso();
      for (const group of groups) {
        const { stage, firstOverdueOn } = group[0]!;
        for (const keys of chunks(group, KEYS_PER_UPDATE)) {
          await trx.updateTable('case_deadlines')
            .set((eb) => ({
              reminded_stage: stage, updated_at: at,
              ...(firstOverdueOn !== undefined && { first_overdue_on: eb.fn.coalesce('first_overdue_on', eb.val(firstOverdueOn)) }),
            }))
            .where((eb) => eb(eb.refTuple('case_id', 'rule'), 'in', keys.map((k) => eb.tuple(k.caseId, k.rule))))
            .execute();
        }
      }
    });
  }

  /** Records the escalation decision of some dates. */
  async setEscalation(keys: readonly DeadlineKey[], state: 'escalated' | 'acknowledged'): Promise<void> {
    const at = this.ctx.nowIso();
    for (const chunk of chunks(keys, KEYS_PER_UPDATE)) {
      await this.db.updateTable('case_deadlines').set({ escalation: state, updated_at: at })
        .where((eb) => eb(eb.refTuple('case_id', 'rule'), 'in', chunk.map((k) => eb.tuple(k.caseId, k.rule))))
        .execute();
    }
  }
}

// 400 (case_id, rule) pairs = 800 bound parameters per statement.
const KEYS_PER_UPDATE = 400;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function groupBy<T>(list: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** The row of one computed date; progress carries over only when the date did not move. */
function deadlineRow(caseId: string, d: DueDate, at: string, old: Progress | undefined): Insertable<CaseDeadlinesTable> {
  const kept = old && old.due === d.due ? old : undefined;
  return {
    case_id: caseId, rule: d.rule, title: d.title, due: d.due, due_time: d.dueTime ?? null, kind: d.kind,
    basis: d.basis, derivation: d.derivation, citations: JSON.stringify(d.citations),
    completed: d.status === '已完成' ? 1 : 0, estimate: d.estimate ? 1 : 0,
    reminded_stage: kept?.reminded_stage ?? null, first_overdue_on: kept?.first_overdue_on ?? null,
    escalation: kept?.escalation ?? null, updated_at: at,
  };
}
