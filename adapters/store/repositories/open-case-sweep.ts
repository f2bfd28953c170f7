import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { CaseEventFacts } from './case-records.js';
import { decodeEventsDigest } from './events-digest.js';
import type { PersonRef } from './person-ref.js';

/**
 * An open case as the reminder sweep sees it: what deadlines are computed from and who is told.
 * Deliberately lean (no timestamps, notes, recorders): materialising values dominates the
 * sweep's cost, and 100 000 cases must stream in well under a second.
 */
export interface SweepCase {
  id: string;
  caseNo: string;
  caseType: string;
  unitId: string | null;
  officer: PersonRef;
  /** Ordered by date. */
  events: CaseEventFacts[];
}

/** One page of open cases; pass `nextAfterId` back to get the next page (undefined: the last). */
export interface OpenCasePage {
  cases: SweepCase[];
  nextAfterId: string | undefined;
}

/** Cases per page: amortises round trips; memory stays at one page. */
export const DEFAULT_SWEEP_BATCH = 1_000;

/**
 * A page of open cases after `afterId`: one keyset query over the (status, id) index, events
 * read from each row's events digest (see CasesTable.events_digest) rather than a join.
 */
export async function openCasesPage(
  db: Kysely<Database>, options: { afterId?: string; limit?: number } = {},
): Promise<OpenCasePage> {
  const limit = options.limit ?? DEFAULT_SWEEP_BATCH;
  let query = db.selectFrom('cases')
    .select(['id', 'case_no', 'case_type', 'unit_id', 'officer_platform', 'officer_user_id', 'officer_name', 'events_digest'])
    .where('status', '=', 'open');
  if (options.afterId !== undefined) query = query.where('id', '>', options.afterId);
  const rows = await query.orderBy('id').limit(limit).execute();
  const cases = rows.map((r): SweepCase => ({
    id: r.id, caseNo: r.case_no, caseType: r.case_type, unitId: r.unit_id,
    officer: { platform: r.officer_platform, userId: r.officer_user_id, name: r.officer_name },
    events: decodeEventsDigest(r.events_digest),
  }));
  return { cases, nextAfterId: rows.length < limit ? undefined : rows.at(-1)?.id };
}

/**
 * Streams every open case in pages for the reminder sweep. A case opened or closed during the
 * sweep is seen or not depending on where its id falls; the next sweep catches it.
 * @example for await (const page of streamOpenCases(store.db)) for (const c of page) plan(c);
 */
export async function* streamOpenCases(
  db: Kysely<Database>, options: { batchSize?: number } = {},
): AsyncGenerator<SweepCase[]> {
  let afterId: string | undefined;
  do {
    const page = await openCasesPage(db, { limit: options.batchSize ?? DEFAULT_SWEEP_BATCH, ...(afterId ? { afterId } : {}) });
    if (page.cases.length > 0) yield page.cases;
    afterId = page.nextAfterId;
  } while (afterId !== undefined);
}
