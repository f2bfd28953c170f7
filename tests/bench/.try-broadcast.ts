import { benchBroadcast } from './broadcast.js';
for (const mode of ['outbox', 'bullmq'] as const) {
  const r = await benchBroadcast(mode);
  console.log(JSON.stringify(r.figures));
}
