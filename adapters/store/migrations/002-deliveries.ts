import type { Kysely } from 'kysely';
import type { StoreMigration } from './store-migration.js';

/**
 * Deliveries (outbox + delivery log) and destination state. Column types are chosen to mean the
 * same in SQLite and PostgreSQL: text, integer, bigint (epoch ms).
 */
export const deliveries: StoreMigration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('deliveries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('destination_key', 'text', (c) => c.notNull())
      .addColumn('destination', 'text', (c) => c.notNull())
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('subject_kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('rule', 'text')
      .addColumn('actor', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('not_before', 'bigint')
      .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('leased_until', 'bigint')
      .addColumn('receipt', 'text')
      .addColumn('last_error', 'text')
      .addColumn('sent_at', 'bigint')
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    // The runners' hot query: due pending rows in time order.
    await db.schema.createIndex('deliveries_due').on('deliveries').columns(['status', 'next_attempt_at']).execute();
    await db.schema.createIndex('deliveries_subject').on('deliveries').columns(['subject_kind', 'subject_id']).execute();
    await db.schema.createIndex('deliveries_destination').on('deliveries').column('destination_key').execute();
    await db.schema
      .createTable('destination_state')
      .addColumn('destination_key', 'text', (c) => c.primaryKey())
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('broken', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('reason', 'text')
      .addColumn('broken_at', 'bigint')
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('destination_state').execute();
    await db.schema.dropTable('deliveries').execute();
  },
};
