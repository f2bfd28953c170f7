import type { Migrator } from 'kysely';

/** Error thrown when a migration fails; names the migration. */
export class MigrationError extends Error {
  constructor(readonly migration: string | undefined, options: { cause?: unknown }) {
    super(`record store migration ${migration ?? '(unknown)'} failed: ${String(options.cause)}`, options);
    this.name = 'MigrationError';
  }
}

/** Migrates to the latest version; throws a MigrationError naming the migration that failed. */
export async function runMigrations(migrator: Migrator): Promise<void> {
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((r) => r.status === 'Error');
  throw new MigrationError(failed?.migrationName, { cause: error });
}
