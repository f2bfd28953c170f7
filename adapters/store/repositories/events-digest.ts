import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import type { CaseEventFacts } from './case-records.js';

type DigestEntry = [type: string, date: string, time: string | null, rule: string | null];

/** Orders events by date, then time (an event without a time first). */
export function byEventDate(a: CaseEventFacts, b: CaseEventFacts): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : (a.time ?? '').localeCompare(b.time ?? '');
}

/** The `events_digest` text of a case's events. */
export function encodeEventsDigest(events: readonly CaseEventFacts[]): string {
  const entries: DigestEntry[] = [...events].sort(byEventDate).map((e) => [e.type, e.date, e.time, e.rule]);
  return JSON.stringify(entries);
}

/** Reads `events_digest` back into event facts. */
export function decodeEventsDigest(text: string): CaseEventFacts[] {
  return (JSON.parse(text) as DigestEntry[]).map(([type, date, time, rule]) => ({ type, date, time, rule }));
}

/** Rewrites a case's digest from case_events; call inside the transaction that changed them. */
export async function refreshEventsDigest(trx: Kysely<Database>, caseId: string): Promise<void> {
  const events = await trx.selectFrom('case_events').select(['event', 'date', 'time', 'rule'])
    .where('case_id', '=', caseId).execute();
  const digest = encodeEventsDigest(events.map((e) => ({ type: e.event, date: e.date, time: e.time, rule: e.rule })));
  await trx.updateTable('cases').set({ events_digest: digest }).where('id', '=', caseId).execute();
}
