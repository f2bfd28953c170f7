/** The runner contract for default mode: the in-process outbox runner over SQLite in a temp dir. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { openStore } from '../../adapters/store/open-store.js';
import { createDeliveryStores } from '../../bot/delivery/delivery-stores.js';
import { OutboxRunner } from '../../bot/delivery/outbox-runner.js';
import { runnerContract } from './runner-contract.js';

describe('outbox runner (SQLite)', () => {
  runnerContract(async (setup) => {
    const dir = mkdtempSync(join(tmpdir(), 'casebot-outbox-'));
    const store = await openStore({ dataDir: dir });
    await store.migrate();
    const runner = new OutboxRunner({ ...createDeliveryStores(store.db), ...setup, pollMs: 200, concurrency: 8 });
    return {
      runner,
      db: store.db,
      close: async () => {
        await runner.stop();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
});
