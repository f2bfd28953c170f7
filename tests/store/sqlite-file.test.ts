import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../adapters/store/in-transaction.js';
import { openStore } from '../../adapters/store/open-store.js';

// SQLite-only properties: where the file lives, WAL, and transactions that hold the write lock.
const root = mkdtempSync(join(tmpdir(), 'casebot-sqlite-file-'));

describe('SQLite record store file', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates DATA_DIR/casebot.sqlite in WAL mode', async () => {
    const dataDir = join(root, 'nested', 'data');
    const store = await openStore({ dataDir });
    await store.migrate();
    await store.close();
    expect(existsSync(join(dataDir, 'casebot.sqlite'))).toBe(true);
    const raw = new SqliteDatabase(join(dataDir, 'casebot.sqlite'));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('takes the write lock when a transaction begins, so another process waits instead of failing later', async () => {
    const dataDir = join(root, 'lock');
    const store = await openStore({ dataDir });
    await store.migrate();
    const other = new SqliteDatabase(join(dataDir, 'casebot.sqlite'), { timeout: 0 });
    try {
      await inTransaction(store.db, async (trx) => {
        await trx.selectFrom('cases').select('id').execute();
        expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked|busy/i);
      });
      other.exec('BEGIN IMMEDIATE');
      other.exec('ROLLBACK');
    } finally {
      other.close();
      await store.close();
    }
  });

  it('asks for DATA_DIR or DATABASE_URL when given neither', async () => {
    await expect(openStore({})).rejects.toThrow(/DATA_DIR.*DATABASE_URL/);
  });
});
