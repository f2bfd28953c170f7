/**
 * Scaled mode survives Redis losing everything mid-broadcast: a throw-away redis-server (no
 * persistence) is SIGKILLed while a 200-destination broadcast is under way and started again on
 * the same port. The delivery rows are the record, so the reconciler re-enqueues what Redis
 * forgot: every destination gets its push. While Redis is down, enqueue still returns at once
 * (questions keep being answered; the rows wait for the reconciler).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../adapters/store/open-store.js';
import { BullmqRunner } from '../../bot/delivery/bullmq-runner.js';
import { createDeliveryStores } from '../../bot/delivery/delivery-stores.js';
import { servicesRequired } from '../support/require-service.js';
import { broadcastJob, eventually, robot } from './delivery-fixtures.js';
import { FakeReceiver } from './support/fake-receiver.js';
import { HttpTestSender } from './support/http-test-sender.js';
import { freePort, redisServerInstalled, TempRedis } from './support/temp-redis.js';

const installed = redisServerInstalled();
if (!installed && !servicesRequired()) {
  console.warn('\n*** SKIPPED "Redis restart mid-broadcast": no redis-server binary on PATH. Install it to run this test; CASEBOT_REQUIRE_SERVICES=1 turns this skip into a failure. ***\n');
}

describe.skipIf(!installed && !servicesRequired())('bullmq runner across a Redis restart', () => {
  it('loses nothing when Redis restarts empty mid-broadcast, and enqueue does not block while it is down', async () => {
    expect(installed, 'redis-server binary required (CASEBOT_REQUIRE_SERVICES=1)').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'casebot-redis-restart-'));
    const redis = new TempRedis(await freePort());
    const receiver = new FakeReceiver(20);
    const store = await openStore({ dataDir: dir });
    await store.migrate();
    await redis.start();
    const runner = new BullmqRunner({
      ...createDeliveryStores(store.db), sender: new HttpTestSender(await receiver.start()),
      redisUrl: redis.url, prefix: 'restart', concurrency: 5, reconcileEveryMs: 500, addTimeoutMs: 500,
    });
    try {
      const first = Array.from({ length: 200 }, (_, i) => broadcastJob(robot(`r-${i}`), 'B-restart'));
      await runner.enqueue(first);
      await runner.start();
      await eventually(() => receiver.received.length >= 50, 30_000, '50 pushes');
      await redis.kill();

      const whileDown = Array.from({ length: 20 }, (_, i) => broadcastJob(robot(`down-${i}`), 'B-restart'));
      const before = Date.now();
      const result = await runner.enqueue(whileDown);
      const enqueueMs = Date.now() - before;
      expect(result.inserted).toHaveLength(20);
      expect(enqueueMs).toBeLessThan(1_000);

      await new Promise((r) => setTimeout(r, 1_000));
      await redis.start();
      await runner.idle(60_000);

      const counts = receiver.counts();
      const expected = [...first, ...whileDown].map((j) => j.id);
      expect(expected.filter((id) => !counts.has(id))).toEqual([]);
      console.info('redis restart figures', { total: expected.length, received: receiver.received.length, duplicates: receiver.received.length - counts.size, enqueueWhileDownMs: enqueueMs });
    } finally {
      await runner.stop();
      await redis.kill();
      await receiver.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
