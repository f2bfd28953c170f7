/**
 * Bulk case_deadlines rows for the sweep benchmark, written straight into the table (what
 * recomputeCaseDeadlines would store, without running the engine 100 000 times): per case the
 * 90-day decision period (open), the hearing request (completed) and the late-payment surcharge
 * start (an `earliest` date, never reminded).
 */
import type { Insertable } from 'kysely';
import type { Store } from '../../adapters/store/store.js';
import type { CaseDeadlinesTable } from '../../adapters/store/tables/case-deadline-tables.js';
import { addDays } from '../../core/calendar/local-date.js';

// 400 rows × 15 columns = 6 000 bound parameters, well below SQLite's 32 766.
const ROWS_PER_INSERT = 400;
const CITATIONS = JSON.stringify([{ law: '中华人民共和国行政处罚法', article: '第六十条', source: 'LRB 行政法/行政处罚法(2021-01-22).md', verified: true }]);

function row(caseId: string, rule: string, due: string, extra: Partial<Insertable<CaseDeadlinesTable>>): Insertable<CaseDeadlinesTable> {
  return {
    case_id: caseId, rule, title: rule, due, due_time: null, kind: 'latest', basis: '《中华人民共和国行政处罚法》第六十条',
    derivation: `立案 + 90 日 → ${due}`, citations: CITATIONS, completed: 0, estimate: 0,
    updated_at: '2026-01-01T00:00:00.000Z', ...extra,
  };
}

/** Writes three dates per open case from its 立案 date; returns the number of rows. */
export async function seedCaseDeadlines(store: Store): Promise<number> {
  const filed = await store.db.selectFrom('case_events').innerJoin('cases', 'cases.id', 'case_events.case_id')
    .select(['case_events.case_id', 'case_events.date'])
    .where('case_events.event', '=', 'filed').where('cases.status', '=', 'open').execute();
  let written = 0;
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < filed.length; i += ROWS_PER_INSERT / 4) {
      const rows = filed.slice(i, i + ROWS_PER_INSERT / 4).flatMap((f) => [
        row(f.case_id, 'decision-period', addDays(f.date, 90), {}),
        row(f.case_id, 'hearing-request', addDays(f.date, 14), { completed: 1 }),
        row(f.case_id, 'surcharge-start', addDays(f.date, 120), { kind: 'earliest' }),
      ]);
      await trx.insertInto('case_deadlines').values(rows).execute();
      written += rows.length;
    }
  });
  return written;
}
