import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../adapters/store/open-store.js';
import { createDeliveryStores } from '../../bot/delivery/delivery-stores.js';
import { OutboxRunner } from '../../bot/delivery/outbox-runner.js';
import { createRateLimits } from '../../bot/delivery/rate-limits.js';
import { broadcastJob, robot } from '../delivery/delivery-fixtures.js';
import { FakeReceiver } from '../delivery/support/fake-receiver.js';
import { HttpTestSender } from '../delivery/support/http-test-sender.js';
const dir = mkdtempSync(join(tmpdir(), 'x-'));
const store = await openStore({ dataDir: dir }); await store.migrate();
const receiver = new FakeReceiver(50);
const stores = createDeliveryStores(store.db);
let deferred = 0;
const runner = new OutboxRunner({ ...stores, sender: new HttpTestSender(await receiver.start()), concurrency: 100, pollMs: 250,
  rateLimitFor: createRateLimits({ 'wecom-robot': [{ max: 2, windowMs: 1000 }] }), onOutcome: (_p, o) => { if (o === 'deferred') deferred++; } });
const jobs = Array.from({ length: 1000 }, (_, i) => broadcastJob(robot(`bench-${i % 100}`), `bench-${i}`));
await runner.start();
const t0 = Date.now();
await runner.enqueue(jobs);
console.log('enqueue ms', Date.now() - t0);
await runner.idle(600000);
console.log('elapsed', Date.now() - t0, 'deferred', deferred);
const buckets = new Map<number, number>();
for (const r of receiver.received) { const b = Math.floor((r.at - t0) / 250) * 250; buckets.set(b, (buckets.get(b) ?? 0) + 1); }
console.log([...buckets.entries()].sort((a, b) => a[0] - b[0]));
await runner.stop(); await receiver.stop(); await store.close();
