/** The rate-budget contract against the Redis budget scaled mode shares across workers. */
import { Redis } from 'ioredis';
import { afterAll } from 'vitest';
import { RedisRateBudget } from '../../bot/delivery/redis-rate-budget.js';
import { describeWithService, serviceUrl } from '../support/require-service.js';
import { deletePrefix, randomPrefix } from './redis-test-support.js';
import { rateBudgetContract } from './rate-budget-contract.js';

const url = serviceUrl('redis');

await describeWithService('redis', url, 'redis rate budget', () => {
  const clients: Redis[] = [];
  const prefixes: string[] = [];
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    for (const p of prefixes) await deletePrefix(url, p);
  });
  rateBudgetContract(async () => {
    const client = new Redis(url, { maxRetriesPerRequest: 1 });
    const prefix = randomPrefix();
    clients.push(client);
    prefixes.push(prefix);
    return new RedisRateBudget(client, prefix);
  });
});
