import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { migrationProvider } from './migrations/index.js';
import { runMigrations } from './run-migrations.js';
import type { Store } from './store.js';
import { ValidationError } from '../../core/errors/validation-error.js';

/** Options of a PostgreSQL store. */
export interface PostgresStoreOptions {
  databaseUrl: string;
  /** Tables live in this schema (created by migrate()); default: the server's search_path (public). */
  schema?: string;
  /** Pool size; default 10. */
  maxConnections?: number;
  /** Called when an idle pooled connection fails (server restart); the pool replaces it. */
  onPoolError?: (error: Error) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens a pg Pool at DATABASE_URL; with `schema`, every connection's search_path is that schema. */
export function openPostgresStore(options: PostgresStoreOptions): Store {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new ValidationError(`invalid PostgreSQL schema name "${schema}"`, ['schema']);
  }
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.maxConnections ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // Without a listener an idle client's error (e.g. the server restarting) would crash the
  // process; the next query reports the outage instead.
  pool.on('error', (error) => options.onPoolError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    migrate: () =>
      runMigrations(new Migrator({
        db,
        provider: migrationProvider('postgres'),
        // Kysely looks for its migration table in any schema unless told which one.
        ...(schema ? { migrationTableSchema: schema } : {}),
      })),
    close: () => db.destroy(),
  };
}
