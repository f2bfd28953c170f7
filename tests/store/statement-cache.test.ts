import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { ImmediateSqliteDialect } from '../../adapters/store/immediate-sqlite-dialect.js';
import { withStatementCache } from '../../adapters/store/statement-cache.js';

interface Schema { t: { n: number } }

let db: Kysely<Schema>;
afterEach(async () => { await db.destroy(); });

function open(max?: number): { db: Kysely<Schema>; prepared: string[] } {
  const sqlite = new Database(':memory:');
  const prepared: string[] = [];
  const counting = { close: () => sqlite.close(), prepare: (text: string) => { prepared.push(text); return sqlite.prepare(text); } };
  db = new Kysely<Schema>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(counting, max) }) });
  return { db, prepared };
}

describe('prepared statement cache', () => {
  it('prepares one SQL text once and gives right answers each time', async () => {
    const { db, prepared } = open();
    await sql`create table t (n integer)`.execute(db);
    for (let i = 0; i < 5; i++) await db.insertInto('t').values({ n: i }).execute();
    const sums = [];
    for (let i = 0; i < 3; i++) sums.push((await db.selectFrom('t').select((eb) => eb.fn.sum<number>('n').as('s')).where('n', '>=', i).executeTakeFirstOrThrow()).s);
    expect(sums).toEqual([10, 10, 9]);
    expect(prepared.filter((p) => p.startsWith('insert'))).toHaveLength(1);
    expect(prepared.filter((p) => p.startsWith('select'))).toHaveLength(1);
  });

  it('reuses a streamed statement after the stream ended early', async () => {
    const { db } = open();
    await sql`create table t (n integer)`.execute(db);
    await db.insertInto('t').values([{ n: 1 }, { n: 2 }, { n: 3 }]).execute();
    const query = () => db.selectFrom('t').select('n').orderBy('n');
    for await (const row of query().stream()) {
      expect(row.n).toBe(1);
      break;
    }
    expect((await query().execute()).map((r) => r.n)).toEqual([1, 2, 3]);
    const streamed: number[] = [];
    for await (const row of query().stream()) streamed.push(row.n);
    expect(streamed).toEqual([1, 2, 3]);
  });

  it('keeps at most `max` statements, dropping the least recently used', async () => {
    const { db, prepared } = open(2);
    await sql`create table t (n integer)`.execute(db);
    const q = (n: number) => db.selectFrom('t').select(sql<number>`${sql.lit(n)}`.as('k')).execute();
    await q(1); await q(2); await q(1); await q(3); await q(1); await q(2);
    const selects = prepared.filter((p) => p.startsWith('select'));
    // 1, 2 prepared; 1 reused; 3 evicts 2; 1 reused; 2 prepared again.
    expect(selects).toHaveLength(4);
  });
});
