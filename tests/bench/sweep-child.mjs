/**
 * The measured part of the sweep benchmark, in a fresh process running the compiled code (dist/,
 * as production does), so its memory figures are the sweep's own and not a TypeScript loader's:
 * opens the seeded SQLite store, runs the sweeps, prints one JSON line.
 * Usage: node tests/bench/sweep-child.mjs <dataDir> <directory JSON> <sweep day YYYY-MM-DD>
 */
import { openStore } from '../../dist/adapters/store/open-store.js';
import { createDeliveryStores } from '../../dist/bot/delivery/delivery-stores.js';
import { OutboxRunner } from '../../dist/bot/delivery/outbox-runner.js';
import { RecordingSender } from '../../dist/bot/delivery/recording-sender.js';
import { loadKnowledge } from '../../dist/bot/knowledge/load-knowledge.js';
import { defaultKnowledgeDir } from '../../dist/bot/paths.js';
import { runReminderSweep } from '../../dist/bot/reminders/sweep.js';
import { createWorkingCalendar } from '../../dist/core/calendar/create-working-calendar.js';

const mb = (bytes) => Math.round(bytes / 104857.6) / 10;

async function timed(fn) {
  const started = performance.now();
  const result = await fn();
  return { ms: Math.round((performance.now() - started) * 10) / 10, result };
}

function addOne(day) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const [dataDir, directoryJson, day] = process.argv.slice(2);
const store = await openStore({ dataDir });
const knowledge = loadKnowledge(defaultKnowledgeDir());
// The real default-mode outbox (not started): enqueue writes durable delivery rows, as in production.
const runner = new OutboxRunner({ ...createDeliveryStores(store.db), sender: new RecordingSender() });
const deps = {
  db: store.db, knowledge, calendar: createWorkingCalendar(knowledge.calendarYears),
  directory: JSON.parse(directoryJson), runner, now: () => new Date(),
};
const rssBefore = process.memoryUsage().rss;
const first = await timed(() => runReminderSweep(deps, new Date(`${day}T09:00:00+08:00`)));
const repeat = await timed(() => runReminderSweep(deps, new Date(`${day}T09:01:00+08:00`)));
const memory = process.memoryUsage();
const nextDay = await timed(() => runReminderSweep(deps, new Date(`${addOne(day)}T09:00:00+08:00`)));
const deliveries = await store.db.selectFrom('deliveries').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
await store.close();
process.stdout.write(`${JSON.stringify({
  first, repeat, nextDay, deliveries: Number(deliveries.n),
  rssBeforeMb: mb(rssBefore), rssAfterMb: mb(memory.rss), heapUsedMb: mb(memory.heapUsed),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
})}\n`);
