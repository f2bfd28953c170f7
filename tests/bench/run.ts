/**
 * `npm run bench [-- <section id> …]`: runs the benchmarks, prints a table and writes
 * bench-results.json. Sections: core, knowledge, cold-start, http, slack, wecom, sweep, broadcast-outbox, broadcast-bullmq. Add a section by writing a
 * BenchSection file beside this one and listing it in SECTIONS.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../bot/paths.js';
import type { BenchSection } from './bench-section.js';
import { coldStart } from './cold-start.js';
import { coreLatency } from './core-latency.js';
import { httpLoad } from './http-load.js';
import { knowledgeLoad } from './knowledge-load.js';
import { broadcastBenches } from './broadcast-sections.js';
import { slackBench, wecomBench } from './platform-events.js';
import { sweepBench } from './sweep.js';
import { formatReport, type SectionOutcome, writeResults } from './report.js';
import { mb } from './stats.js';

const SECTIONS: BenchSection[] = [knowledgeLoad, coreLatency, coldStart, httpLoad, slackBench, wecomBench, sweepBench, ...broadcastBenches];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  // Figures from a busy machine mislead; record how busy it was when the run began.
  const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
  const selected = wanted.length ? SECTIONS.filter((s) => wanted.includes(s.id)) : SECTIONS;
  let built = false;
  const outcomes: SectionOutcome[] = [];
  for (const section of selected) {
    process.stderr.write(`running ${section.id} …\n`);
    try {
      if (section.needsBuild && !built) {
        execFileSync('npm', ['run', 'build', '--silent'], { cwd: packageRoot(), stdio: 'inherit' });
        built = true;
      }
      outcomes.push({ id: section.id, title: section.title, result: await section.run() });
    } catch (err) {
      outcomes.push({ id: section.id, title: section.title, error: err instanceof Error ? err.message : String(err) });
    }
  }
  const machine = {
    node: process.version, cpus: availableParallelism(), cpuModel: cpus()[0]?.model, totalMemMb: mb(totalmem()), loadAtStart,
    benchProcessRssMb: mb(process.memoryUsage().rss), benchProcessHeapMb: mb(process.memoryUsage().heapUsed),
  };
  process.stdout.write(`${formatReport(outcomes)}\n\nmachine: ${JSON.stringify(machine)}\n`);
  const out = join(packageRoot(), 'bench-results.json');
  writeResults(out, outcomes, machine);
  process.stdout.write(`written ${out}\n`);
  if (outcomes.some((o) => o.error)) process.exitCode = 1;
}

await main();
