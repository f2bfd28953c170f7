/**
 * Sweep benchmark (issue 4, Measured): 100 000 open cases on SQLite, their dates stored in
 * case_deadlines, then — in a fresh process, so memory is the sweep's own — the first sweep of
 * the day (claims and enqueues every reminder due), a repeat a minute later (the steady state:
 * nothing new) and the next day's sweep (daily 超期 plus escalations). Targets: ≤ 1 s, ≤ 300 MB.
 * Run alone: `npm run build && npx tsx tests/bench/sweep.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../adapters/store/open-store.js';
import { packageRoot } from '../../bot/paths.js';
import type { BenchResult, BenchSection } from './bench-section.js';
import { seedCaseDeadlines } from './sweep-seed-deadlines.js';
import { seedCases } from './store-sweep-seed.js';
import { benchDirectory, SWEEP_DAY } from './sweep-directory.js';

const OPEN_CASES = 100_000;

interface ChildReport {
  first: { ms: number; result: { scanned: number; reminders: number; escalations: number; jobs: number } };
  repeat: ChildReport['first'];
  nextDay: ChildReport['first'];
  deliveries: number;
  rssAfterMb: number;
  heapUsedMb: number;
  peakRssMb: number;
}

/** Seeds, runs the measured child, returns the figures. */
export async function benchSweep(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'casebot-sweep-bench-'));
  try {
    const store = await openStore({ dataDir: dir });
    await store.migrate();
    await seedCases(store, OPEN_CASES, { eventsPerCase: 3 });
    const rows = await seedCaseDeadlines(store);
    await store.close();
    const child = join(packageRoot(), 'tests', 'bench', 'sweep-child.mjs');
    const out = execFileSync(process.execPath, [child, dir, JSON.stringify(benchDirectory()), SWEEP_DAY], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as ChildReport;
    return {
      figures: {
        openCases: OPEN_CASES, deadlineRows: rows,
        firstSweepMs: r.first.ms, firstScanned: r.first.result.scanned, firstReminders: r.first.result.reminders, firstJobs: r.first.result.jobs,
        repeatSweepMs: r.repeat.ms, repeatReminders: r.repeat.result.reminders,
        nextDaySweepMs: r.nextDay.ms, nextDayReminders: r.nextDay.result.reminders, nextDayEscalations: r.nextDay.result.escalations,
        deliveriesQueued: r.deliveries,
        peakRssMb: r.peakRssMb, rssAfterMb: r.rssAfterMb, heapUsedMb: r.heapUsedMb,
      },
      targets: [
        { metric: 'firstSweepMs', op: '<=', value: 1_000 },
        { metric: 'repeatSweepMs', op: '<=', value: 1_000 },
        { metric: 'nextDaySweepMs', op: '<=', value: 1_000 },
        { metric: 'peakRssMb', op: '<=', value: 300 },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The section for tests/bench/run.ts. */
export const sweepBench: BenchSection = {
  id: 'sweep',
  title: 'Reminder sweep over 100 000 open cases (SQLite)',
  // The measured child runs the compiled code in dist/, as production does.
  needsBuild: true,
  run: benchSweep,
};

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await benchSweep(), null, 2)}\n`);
}
