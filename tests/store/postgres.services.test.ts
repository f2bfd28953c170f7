import { randomBytes } from 'node:crypto';
import { afterAll } from 'vitest';
import { openStore } from '../../adapters/store/open-store.js';
import { describeWithService, serviceUrl } from '../support/require-service.js';
import { storeContract } from './store-contract.js';
import { dropSchemas } from '../support/drop-schemas.js';

// Each test gets its own random schema at TEST_DATABASE_URL; all are dropped afterwards.
const url = serviceUrl('postgres');
const schemas: string[] = [];

await describeWithService('postgres', url, 'record store on PostgreSQL', () => {
  afterAll(() => dropSchemas(url, schemas));
  storeContract(() => {
    const schema = `casebot_test_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    return openStore({ databaseUrl: url, schema });
  });
});
