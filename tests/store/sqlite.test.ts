import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { openStore } from '../../adapters/store/open-store.js';
import { storeContract } from './store-contract.js';

// Each test gets its own SQLite file (WAL, as in production) in a temp folder removed afterwards.
const root = mkdtempSync(join(tmpdir(), 'casebot-store-'));
let counter = 0;

describe('record store on SQLite', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  storeContract(() => openStore({ dataDir: join(root, `db-${++counter}`) }));
});
