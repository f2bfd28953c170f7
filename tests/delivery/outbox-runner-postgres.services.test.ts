/**
 * The runner contract for the outbox runner over PostgreSQL (TEST_DATABASE_URL): the same outbox
 * queries (claim under lease, RETURNING, insert-or-ignore) must hold in both record stores.
 * Each test gets its own schema, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { openStore } from '../../adapters/store/open-store.js';
import { createDeliveryStores } from '../../bot/delivery/delivery-stores.js';
import { OutboxRunner } from '../../bot/delivery/outbox-runner.js';
import { describeWithService, serviceUrl } from '../support/require-service.js';
import { runnerContract } from './runner-contract.js';
import { dropSchemas } from '../support/drop-schemas.js';

const databaseUrl = serviceUrl('postgres');

await describeWithService('postgres', databaseUrl, 'outbox runner (PostgreSQL)', () => {
  runnerContract(async (setup) => {
    const schema = `delivery_${randomBytes(5).toString('hex')}`;
    const store = await openStore({ databaseUrl, schema });
    await store.migrate();
    const runner = new OutboxRunner({ ...createDeliveryStores(store.db), ...setup, pollMs: 200, concurrency: 8 });
    return {
      runner,
      db: store.db,
      close: async () => {
        await runner.stop();
        await store.close();
        await dropSchemas(databaseUrl, [schema]);
      },
    };
  });
});
