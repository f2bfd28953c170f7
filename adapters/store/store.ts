import type { Kysely } from 'kysely';
import type { Database, StoreDialect } from './database.js';

/**
 * An open record store: SQLite under DATA_DIR or PostgreSQL at DATABASE_URL, one schema.
 *
 * @example
 * const store = await openStore({ dataDir: './data' });
 * await store.migrate();
 * const repos = createRepositories(store.db);
 */
export interface Store {
  db: Kysely<Database>;
  dialect: StoreDialect;
  /** Applies every pending migration; throws naming the migration that failed. */
  migrate(): Promise<void>;
  /** Closes the database file or the connection pool. */
  close(): Promise<void>;
}
