import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * Runs `fn` in a transaction — or inside the caller's, when `db` already is one — so a
 * multi-row write either lands whole or leaves nothing ("no half-written records"), and
 * services can group several repositories' writes into one transaction:
 *
 * @example
 * await inTransaction(store.db, async (trx) => {
 *   await createRepositories(trx).cases.register(input);
 *   await createRepositories(trx).audit.append({ actor, action: 'case.registered', subject });
 * });
 */
export function inTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
