import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Statements kept per connection: Kysely issues a few dozen distinct SQL texts. */
const DEFAULT_MAX_STATEMENTS = 64;

/**
 * The better-sqlite3 database as Kysely sees it, with prepared statements reused per SQL text.
 * Kysely prepares every query anew; for the sweep's multi-row INSERTs (thousands of parameters)
 * SQLite's parse and plan cost as much as running them. A statement still being iterated (a
 * streamed query) is busy and never handed out twice: a fresh one is prepared instead.
 */
export function withStatementCache<D extends SqliteDatabase & { prepare(sql: string): SqliteStatement & { busy?: boolean } }>(
  database: D, max = DEFAULT_MAX_STATEMENTS,
): SqliteDatabase {
  const cache = new Map<string, SqliteStatement & { busy?: boolean }>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (sql) => {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Most recently used last: the first key is the one to drop.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (!cached) {
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
