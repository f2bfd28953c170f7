import { ValidationError } from '../../core/errors/validation-error.js';
import { openPostgresStore } from './open-postgres.js';
import { openSqliteStore } from './open-sqlite.js';
import type { Store } from './store.js';

/** Where the records live: PostgreSQL when `databaseUrl` is set, else SQLite under `dataDir`. */
export interface OpenStoreOptions {
  /** DATA_DIR: the SQLite file is `<dataDir>/casebot.sqlite`. */
  dataDir?: string;
  /** DATABASE_URL: postgres://… — takes precedence over dataDir. */
  databaseUrl?: string;
  /** PostgreSQL only: keep the tables in this schema (tests isolate in a random one). */
  schema?: string;
  /** SQLite only: another file name under dataDir, or ':memory:'. */
  sqliteFile?: string;
  /** PostgreSQL only: see PostgresStoreOptions.onPoolError. */
  onPoolError?: (error: Error) => void;
}

/**
 * Opens the record store. Call `migrate()` before first use.
 * @example const store = await openStore({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL });
 */
export function openStore(options: OpenStoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    return Promise.resolve(openPostgresStore({
      databaseUrl: options.databaseUrl,
      ...(options.schema ? { schema: options.schema } : {}),
      ...(options.onPoolError ? { onPoolError: options.onPoolError } : {}),
    }));
  }
  if (!options.dataDir && options.sqliteFile !== ':memory:') {
    return Promise.reject(new ValidationError(
      'no record store configured: set DATA_DIR (SQLite) or DATABASE_URL (PostgreSQL)', ['DATA_DIR', 'DATABASE_URL']));
  }
  return Promise.resolve(openSqliteStore(options.dataDir ?? '', options.sqliteFile));
}

export type { Store } from './store.js';
