import { FakeReceiver } from '../delivery/support/fake-receiver.js';
import { HttpTestSender } from '../delivery/support/http-test-sender.js';
import { robot } from '../delivery/delivery-fixtures.js';
const receiver = new FakeReceiver(50);
const sender = new HttpTestSender(await receiver.start());
const t0 = performance.now();
let next = 0; const durations: number[] = [];
await Promise.all(Array.from({ length: 100 }, async () => {
  while (next < 1000) { const i = next++; const t = performance.now(); await sender.send(robot('a' + (i % 100)), { reply: {} as any }, { deliveryId: String(i) }); durations.push(performance.now() - t); }
}));
durations.sort((a, b) => a - b);
console.log('total', performance.now() - t0, 'p50', durations[500], 'max', durations[999]);
await receiver.stop();
