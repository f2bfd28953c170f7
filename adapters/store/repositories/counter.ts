import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/**
 * The next value of a named counter (1, 2, 3 …), gap-free within committed transactions. Call it
 * inside a transaction: on PostgreSQL the UPDATE's row lock serialises concurrent issuers, on
 * SQLite the write lock does.
 */
export async function nextCounterValue(trx: Kysely<Database>, name: string): Promise<number> {
  await trx.insertInto('counters').values({ name, value: 0 })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await trx.updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
