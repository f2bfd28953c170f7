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
const url = await receiver.start();
const inner = new HttpTestSender(url);
const durations: number[] = [];
const SENDER = { async send(d: any, p: any, c: any) { const t = performance.now(); try { return await inner.send(d, p, c); } finally { durations.push(performance.now() - t); } } };

const runner = new OutboxRunner({ ...stores, sender: SENDER, concurrency: 200, pollMs: 250,
  rateLimitFor: createRateLimits({ 'wecom-robot': [{ max: 2, windowMs: 1000 }] }), onOutcome: (_p, o) => { if (o === 'deferred') deferred++; } });
const jobs = Array.from({ length: 1000 }, (_, i) => broadcastJob(robot(`bench-${i % 100}`), `bench-${i}`));
await runner.start();
const t0 = Date.now();
await runner.enqueue(jobs);
console.log('enqueue ms', Date.now() - t0);
await runner.idle(600000);
durations.sort((a,b)=>a-b); console.log('send p50', durations[500], 'p99', durations[990], 'max', durations[999]);
console.log('elapsed', Date.now() - t0, 'deferred', deferred, 'cpu', process.cpuUsage());
const buckets = new Map<number, number>();
for (const r of receiver.received) { const b = Math.floor((r.at - t0) / 250) * 250; buckets.set(b, (buckets.get(b) ?? 0) + 1); }
console.log([...buckets.entries()].sort((a, b) => a[0] - b[0]));
await runner.stop(); await receiver.stop(); await store.close();
