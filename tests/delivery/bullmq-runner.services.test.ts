/**
 * The runner contract for scaled mode: BullMQ on the real Redis at TEST_REDIS_URL (random key
 * prefix per test, deleted afterwards), records in SQLite in a temp dir.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../adapters/store/open-store.js';
import { BullmqRunner } from '../../bot/delivery/bullmq-runner.js';
import { createDeliveryStores } from '../../bot/delivery/delivery-stores.js';
import { describeWithService, serviceUrl } from '../support/require-service.js';
import { deletePrefix, randomPrefix } from './redis-test-support.js';
import { runnerContract } from './runner-contract.js';

const redisUrl = serviceUrl('redis');

await describeWithService('redis', redisUrl, 'bullmq runner (Redis)', () => {
  runnerContract(async (setup) => {
    const dir = mkdtempSync(join(tmpdir(), 'casebot-bullmq-'));
    const store = await openStore({ dataDir: dir });
    await store.migrate();
    const prefix = randomPrefix();
    const runner = new BullmqRunner({
      ...createDeliveryStores(store.db), ...setup, redisUrl, prefix, concurrency: 8, reconcileEveryMs: 1_000,
    });
    return {
      runner,
      db: store.db,
      close: async () => {
        await runner.stop();
        await deletePrefix(redisUrl, prefix);
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
});
