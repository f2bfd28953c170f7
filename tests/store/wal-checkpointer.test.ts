import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore, SQLITE_FILE_NAME } from '../../adapters/store/open-sqlite.js';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** Rows of the audit log found in the database file alone, ignoring the WAL beside it. */
function auditRowsInMainFile(dir: string): number {
  const copy = mkdtempSync(join(tmpdir(), 'casebot-main-only-'));
  dirs.push(copy);
  copyFileSync(join(dir, SQLITE_FILE_NAME), join(copy, SQLITE_FILE_NAME));
  const db = new Database(join(copy, SQLITE_FILE_NAME), { readonly: true });
  try {
    const table = db.prepare("select count(*) as n from sqlite_master where name = 'audit_log'").get() as { n: number };
    return table.n === 0 ? 0 : (db.prepare('select count(*) as n from audit_log').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('SQLite WAL checkpoints', () => {
  it('copies committed writes into the database file in the background, off the commit path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebot-wal-'));
    dirs.push(dir);
    const store = openSqliteStore(dir);
    try {
      await store.migrate();
      await sql`insert into audit_log (at, actor, action, subject, rule, detail) values ('t', 'system', 'test', null, null, '{}')`.execute(store.db);
      let found = auditRowsInMainFile(dir);
      for (let waited = 0; found === 0 && waited < 5_000; waited += 100) {
        await new Promise((r) => setTimeout(r, 100));
        found = auditRowsInMainFile(dir);
      }
      expect(found).toBe(1);
    } finally {
      await store.close();
    }
  });
});
