/**
 * The measured part of the sweep benchmark, in a fresh process so its memory figures are the
 * sweep's own: opens the seeded SQLite store, runs the sweeps, prints one JSON line.
 * Usage: tsx tests/bench/sweep-child.ts <dataDir>
 */
import { openStore } from '../../adapters/store/open-store.js';
import { loadKnowledge } from '../../bot/knowledge/load-knowledge.js';
import { defaultKnowledgeDir } from '../../bot/paths.js';
import { createDeliveryStores } from '../../bot/delivery/delivery-stores.js';
import { OutboxRunner } from '../../bot/delivery/outbox-runner.js';
import { RecordingSender } from '../../bot/delivery/recording-sender.js';
import { runReminderSweep } from '../../bot/reminders/sweep.js';
import { createWorkingCalendar } from '../../core/calendar/create-working-calendar.js';
import { benchDirectory, SWEEP_DAY } from './sweep-directory.js';
import { mb } from './stats.js';

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await fn();
  return { ms: Math.round((performance.now() - started) * 10) / 10, result };
}

async function main(): Promise<void> {
  const store = await openStore({ dataDir: process.argv[2]! });
  const knowledge = loadKnowledge(defaultKnowledgeDir());
  // The real default-mode outbox (not started): enqueue writes durable delivery rows, as in production.
  const runner = new OutboxRunner({ ...createDeliveryStores(store.db), sender: new RecordingSender() });
  const deps = {
    db: store.db, knowledge, calendar: createWorkingCalendar(knowledge.calendarYears),
    directory: benchDirectory(), runner, now: () => new Date(),
  };
  const rssBefore = process.memoryUsage().rss;
  const first = await timed(() => runReminderSweep(deps, new Date(`${SWEEP_DAY}T09:00:00+08:00`)));
  const repeat = await timed(() => runReminderSweep(deps, new Date(`${SWEEP_DAY}T09:01:00+08:00`)));
  const memory = process.memoryUsage();
  const nextDay = await timed(() => runReminderSweep(deps, new Date(`${addOne(SWEEP_DAY)}T09:00:00+08:00`)));
  const deliveries = await store.db.selectFrom('deliveries').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  await store.close();
  process.stdout.write(`${JSON.stringify({
    first, repeat, nextDay, deliveries: Number(deliveries.n),
    rssBeforeMb: mb(rssBefore), rssAfterMb: mb(memory.rss), heapUsedMb: mb(memory.heapUsed),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
  })}\n`);
}

function addOne(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

await main();
