import type { Kysely } from 'kysely';
import { encodeEventsDigest } from '../repositories/events-digest.js';
import type { StoreMigration } from './store-migration.js';

/** The columns this migration touches, as they are at this version. */
interface DigestSchema {
  cases: { id: string; events_digest: string };
  case_events: { case_id: string; event: string; date: string; time: string | null; rule: string | null };
}

const BACKFILL_PAGE = 500;

/**
 * Adds cases.events_digest (see tables/case-tables.ts) and fills it for cases recorded before it
 * existed, a page at a time so a large store never loads all events at once.
 */
export const caseEventsDigest: StoreMigration = {
  async up(schemaDb) {
    await schemaDb.schema.alterTable('cases')
      .addColumn('events_digest', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    const db = schemaDb as unknown as Kysely<DigestSchema>;
    let afterId = '';
    for (;;) {
      const ids = (await db.selectFrom('cases').select('id').where('id', '>', afterId).orderBy('id').limit(BACKFILL_PAGE).execute())
        .map((r) => r.id);
      if (ids.length === 0) return;
      const events = await db.selectFrom('case_events').select(['case_id', 'event', 'date', 'time', 'rule'])
        .where('case_id', 'in', ids).execute();
      for (const id of new Set(events.map((e) => e.case_id))) {
        const mine = events.filter((e) => e.case_id === id).map((e) => ({ type: e.event, date: e.date, time: e.time, rule: e.rule }));
        await db.updateTable('cases').set({ events_digest: encodeEventsDigest(mine) }).where('id', '=', id).execute();
      }
      afterId = ids[ids.length - 1] ?? afterId;
    }
  },
};
