import http from 'node:http';
import { FakeReceiver } from '../delivery/support/fake-receiver.js';
const receiver = new FakeReceiver(50);
const url = new URL(await receiver.start());
const agent = new http.Agent({ keepAlive: true, maxSockets: 200 });
function post(i: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ deliveryId: String(i), destinationKey: 'k' });
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => { res.resume(); res.on('end', () => resolve()); });
    req.on('error', reject); req.end(body);
  });
}
const t0 = performance.now();
let next = 0; const durations: number[] = [];
await Promise.all(Array.from({ length: 100 }, async () => {
  while (next < 1000) { const i = next++; const t = performance.now(); await post(i); durations.push(performance.now() - t); }
}));
durations.sort((a, b) => a - b);
console.log('total', performance.now() - t0, 'p50', durations[500], 'max', durations[999]);
agent.destroy(); await receiver.stop();
