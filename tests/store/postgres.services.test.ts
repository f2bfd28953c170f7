import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { openStore } from '../../adapters/store/open-store.js';
import { describeWithService, serviceUrl } from '../support/require-service.js';
import { storeContract } from './store-contract.js';

// Each test gets its own random schema at TEST_DATABASE_URL; all are dropped afterwards.
const url = serviceUrl('postgres');
const schemas: string[] = [];

await describeWithService('postgres', url, 'record store on PostgreSQL', () => {
  afterAll(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  });
  storeContract(() => {
    const schema = `casebot_test_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    return openStore({ databaseUrl: url, schema });
  });
});
