/**
 * Seeds a record store with many open cases for the sweep benchmark (and the store tests):
 * batched multi-row inserts inside one transaction, so 100 000 cases take seconds, not minutes.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import type { Store } from '../../adapters/store/store.js';
import { encodeEventsDigest } from '../../adapters/store/repositories/events-digest.js';
import type { CaseEventsTable, CasesTable } from '../../adapters/store/tables/case-tables.js';

/** Options of seedCases. */
export interface SeedOptions {
  /** Events per case (filed, notified, hearing-requested, decided … in order); default 3. */
  eventsPerCase?: number;
  /** Every n-th case is closed (0: none); default 0. */
  closedEvery?: number;
  /** Case numbers are `${prefix}〔2026〕${i}号`; default '甬交执罚'. */
  caseNoPrefix?: string;
}

const EVENT_TYPES = ['filed', 'notified', 'hearing-requested', 'hearing', 'decided', 'served'];
// Rows per INSERT: 400 × 11 columns stays far below SQLite's 32 766 and PostgreSQL's 65 535 bound parameters.
const ROWS_PER_INSERT = 400;
const OFFICER = { platform: 'console', userId: 'bench-officer', name: '测试执法员' };

/** Inserts `n` cases (open unless closedEvery says otherwise) with events; returns their ids. */
export async function seedCases(store: Store, n: number, options: SeedOptions = {}): Promise<string[]> {
  const eventsPerCase = Math.min(options.eventsPerCase ?? 3, EVENT_TYPES.length);
  const ids: string[] = [];
  await store.db.transaction().execute(async (trx) => {
    for (let start = 0; start < n; start += ROWS_PER_INSERT) {
      const cases: Insertable<CasesTable>[] = [];
      const events: Insertable<CaseEventsTable>[] = [];
      for (let i = start; i < Math.min(n, start + ROWS_PER_INSERT); i++) {
        const seeded = seedOne(i, eventsPerCase, options);
        cases.push(seeded.case);
        events.push(...seeded.events);
        ids.push(seeded.case.id);
      }
      await trx.insertInto('cases').values(cases).execute();
      for (let e = 0; e < events.length; e += ROWS_PER_INSERT) {
        await trx.insertInto('case_events').values(events.slice(e, e + ROWS_PER_INSERT)).execute();
      }
    }
  });
  // Fresh statistics, as autovacuum would gather in production: without them PostgreSQL plans the
  // keyset page as a bitmap scan plus sort over all open cases (≈40× slower per page).
  await sql`ANALYZE ${sql.table('cases')}`.execute(store.db);
  await sql`ANALYZE ${sql.table('case_events')}`.execute(store.db);
  return ids;
}

function seedOne(i: number, eventsPerCase: number, options: SeedOptions) {
  const id = randomUUID();
  const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
  const closed = (options.closedEvery ?? 0) > 0 && i % (options.closedEvery ?? 1) === 0;
  const filed = new Date(Date.UTC(2026, 0, 5) + (i % 300) * 86_400_000);
  const events = EVENT_TYPES.slice(0, eventsPerCase).map((type, k): Insertable<CaseEventsTable> => ({
    id: randomUUID(), case_id: id, event: type,
    date: new Date(filed.getTime() + k * 7 * 86_400_000).toISOString().slice(0, 10),
    time: null, rule: null, approver: null, note: null,
    recorded_by: JSON.stringify(OFFICER), recorded_at: at,
  }));
  const kase: Insertable<CasesTable> = {
    id, case_no: `${options.caseNoPrefix ?? '甬交执罚'}〔2026〕${i + 1}号`, case_type: 'illegal-operation',
    unit_id: `unit-${i % 20}`, officer_platform: OFFICER.platform, officer_user_id: `${OFFICER.userId}-${i % 50}`,
    officer_name: OFFICER.name, status: closed ? 'closed' : 'open', created_at: at, updated_at: at,
    closed_at: closed ? at : null,
    events_digest: encodeEventsDigest(events.map((e) => ({ type: e.event, date: e.date, time: null, rule: null }))),
  };
  return { case: kase, events };
}
