import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import type { Database } from './database.js';
import { ImmediateSqliteDialect } from './immediate-sqlite-dialect.js';
import { migrationProvider } from './migrations/index.js';
import { runMigrations } from './run-migrations.js';
import { withStatementCache } from './statement-cache.js';
import type { Store } from './store.js';
import { startWalCheckpointer } from './wal-checkpointer.js';

/** The SQLite file under DATA_DIR. */
export const SQLITE_FILE_NAME = 'casebot.sqlite';

// Another process (a CLI command next to the server) may hold the write lock for a moment; wait
// up to 5 s for it instead of failing with SQLITE_BUSY.
const BUSY_TIMEOUT_MS = 5_000;

// Checkpoints run in a worker (wal-checkpointer.ts); COMMIT checkpoints itself only if the WAL
// passes this many pages (64 MB at 4 KB pages), a backstop should the worker fall behind.
const AUTOCHECKPOINT_BACKSTOP_PAGES = 16_384;

// A WAL file that grew during a big sweep is cut back to this size when it is next reset.
const WAL_SIZE_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * Opens (creating the folder and file if needed) DATA_DIR/casebot.sqlite in WAL mode, so readers
 * never block the writer, with foreign keys on and synchronous=FULL: a committed record survives
 * a crash or power loss ("nothing may be lost"). Transactions begin IMMEDIATE (see
 * immediate-sqlite-dialect.ts) so processes sharing the file queue for the write lock.
 */
export function openSqliteStore(dataDir: string, fileName = SQLITE_FILE_NAME): Store {
  const file = fileName === ':memory:' ? ':memory:' : join(dataDir, fileName);
  if (file !== ':memory:') mkdirSync(dataDir, { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = FULL');
  const checkpointer = file === ':memory:' ? undefined : startWalCheckpointer(file);
  if (checkpointer) sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_BACKSTOP_PAGES}`);
  sqlite.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    migrate: () => runMigrations(new Migrator({ db, provider: migrationProvider('sqlite') })),
    // The checkpointer first: the last connection to close checkpoints fully and removes the WAL.
    close: async () => {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}
