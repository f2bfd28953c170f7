import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { CaseEventFacts } from './case-records.js';
import type { PersonRef } from './person-ref.js';

/**
 * An open case as the reminder sweep sees it: what deadlines are computed from and who is told.
 * Deliberately lean (no timestamps, notes, recorders): materialising rows dominates the sweep's
 * cost, and 100 000 cases must stream in well under a second.
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

/** Cases per page: amortises round trips while keeping the events query's bound list small. */
export const DEFAULT_SWEEP_BATCH = 1_000;

/**
 * A page of open cases after `afterId` (keyset pagination by id over the (status, id) index),
 * and their events in a second query — two queries a page, whatever the page size.
 */
export async function openCasesPage(
  db: Kysely<Database>, options: { afterId?: string; limit?: number } = {},
): Promise<OpenCasePage> {
  const limit = options.limit ?? DEFAULT_SWEEP_BATCH;
  let query = db.selectFrom('cases')
    .select(['id', 'case_no', 'case_type', 'unit_id', 'officer_platform', 'officer_user_id', 'officer_name'])
    .where('status', '=', 'open');
  if (options.afterId !== undefined) query = query.where('id', '>', options.afterId);
  const rows = await query.orderBy('id').limit(limit).execute();
  if (rows.length === 0) return { cases: [], nextAfterId: undefined };
  const byCase = new Map<string, CaseEventFacts[]>();
  const cases = rows.map((r): SweepCase => {
    const events: CaseEventFacts[] = [];
    byCase.set(r.id, events);
    return {
      id: r.id, caseNo: r.case_no, caseType: r.case_type, unitId: r.unit_id,
      officer: { platform: r.officer_platform, userId: r.officer_user_id, name: r.officer_name }, events,
    };
  });
  // No ORDER BY: the unique (case_id, event, date) index already groups by case; dates sort below.
  const events = await db.selectFrom('case_events').select(['case_id', 'event', 'date', 'time', 'rule'])
    .where('case_id', 'in', rows.map((r) => r.id))
    .execute();
  for (const e of events) byCase.get(e.case_id)?.push({ type: e.event, date: e.date, time: e.time, rule: e.rule });
  for (const c of cases) if (c.events.length > 1) c.events.sort(byDate);
  return { cases, nextAfterId: rows.length < limit ? undefined : rows.at(-1)?.id };
}

function byDate(a: CaseEventFacts, b: CaseEventFacts): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : (a.time ?? '').localeCompare(b.time ?? '');
}

/**
 * Streams every open case in pages for the reminder sweep; memory stays at one page. A case
 * opened or closed during the sweep is seen or not depending on where its id falls.
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
