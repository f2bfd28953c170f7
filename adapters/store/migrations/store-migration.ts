import type { Kysely, Migration } from 'kysely';
import type { StoreDialect } from '../database.js';

/**
 * One schema migration, written once for both stores. `dialect` is there for the few DDL
 * differences that cannot be avoided (auto-increment ids, triggers); everything else uses
 * Kysely's portable schema builder. Migrations see the schema as it was, so they take
 * `Kysely<any>`-like handles and never the current `Database` type.
 */
export interface StoreMigration {
  up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void>;
  down?(db: Kysely<unknown>, dialect: StoreDialect): Promise<void>;
}

/** Binds a StoreMigration to a dialect, giving the Migration Kysely's Migrator runs. */
export function bindMigration(migration: StoreMigration, dialect: StoreDialect): Migration {
  const { down } = migration;
  return {
    up: (db) => migration.up(db, dialect),
    ...(down ? { down: (db: Kysely<unknown>) => down(db, dialect) } : {}),
  };
}
