import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openStore } from '../../../adapters/store/open-store.js';
import type { Store } from '../../../adapters/store/store.js';

/** A migrated SQLite store in a fresh temp dir per test; read it with the returned getter. */
export function useTempSqlite(): () => Store {
  let store: Store | undefined;
  let dir = '';
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebot-reminders-'));
    store = await openStore({ dataDir: dir });
    await store.migrate();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!store) throw new Error('store used outside a test');
    return store;
  };
}
