import type { Kysely } from 'kysely';
import type { StoreMigration } from './store-migration.js';

/** The columns this migration touches, as they are at this version. */
interface InboxSchema {
  destination_state: { platform: string; broken: number; updated_at: number };
}

/**
 * The console inbox (repositories/console-inbox.ts) reads one console user's sent deliveries,
 * newest first: an index on (destination_key, sent_at) answers it without a sort, and replaces
 * the index on destination_key alone.
 *
 * Before the inbox, every push to a console user failed as "the console has no push channel" and
 * marked that user's address broken, which would keep their reminders out of the inbox for good.
 * Those marks were never a real failure, so they are lifted here; the failed rows stay in the log
 * (`casebot deliveries retry` puts them into the inbox if anyone wants them).
 */
export const consoleInbox: StoreMigration = {
  async up(schemaDb) {
    await schemaDb.schema.createIndex('deliveries_destination_sent')
      .on('deliveries').columns(['destination_key', 'sent_at']).execute();
    // It also answers every lookup by destination_key alone: one index less to write per push.
    await schemaDb.schema.dropIndex('deliveries_destination').execute();
    const db = schemaDb as unknown as Kysely<InboxSchema>;
    await db.updateTable('destination_state')
      .set({ broken: 0, updated_at: Date.now() })
      .where('platform', '=', 'console')
      .where('broken', '=', 1)
      .execute();
  },
  async down(schemaDb) {
    await schemaDb.schema.createIndex('deliveries_destination').on('deliveries').column('destination_key').execute();
    await schemaDb.schema.dropIndex('deliveries_destination_sent').execute();
  },
};
