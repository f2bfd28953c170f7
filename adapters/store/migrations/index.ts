import type { Migration, MigrationProvider } from 'kysely';
import type { StoreDialect } from '../database.js';
import { records } from './001-records.js';
import { deliveries } from './002-deliveries.js';
import { caseDeadlines } from './003-case-deadlines.js';
import { caseEventsDigest } from './004-case-events-digest.js';
import { consoleInbox } from './005-console-inbox.js';
import { caseDeadlineProgress } from './006-case-deadline-progress.js';
import { bindMigration, type StoreMigration } from './store-migration.js';

/**
 * Every migration, in order. Names sort lexically (Kysely applies them in name order), so a new
 * migration gets the next number: add its import and one line here, e.g.
 * `['002-deliveries', deliveries]`. Never rename or edit one that has shipped.
 */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: StoreMigration]> = [
  ['001-records', records],
  ['002-deliveries', deliveries],
  ['003-case-deadlines', caseDeadlines],
  ['004-case-events-digest', caseEventsDigest],
  ['005-console-inbox', consoleInbox],
  ['006-case-deadline-progress', caseDeadlineProgress],
];

/** The in-code provider handed to Kysely's Migrator (no migration files read at run time). */
export function migrationProvider(
  dialect: StoreDialect,
  migrations: ReadonlyArray<readonly [string, StoreMigration]> = MIGRATIONS,
): MigrationProvider {
  return {
    getMigrations: () => {
      const bound: Record<string, Migration> = {};
      for (const [name, migration] of migrations) bound[name] = bindMigration(migration, dialect);
      return Promise.resolve(bound);
    },
  };
}

export type { StoreMigration } from './store-migration.js';
