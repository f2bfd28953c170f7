import type { BenchSection } from './bench-section.js';
import { spawnServer } from './spawn-server.js';
import { summarize } from './stats.js';

const RUNS = 5;

/** Cold start: spawn the compiled server, poll /healthz until it answers; median of several runs. */
export const coldStart: BenchSection = {
  id: 'cold-start',
  title: 'Cold start to /healthz (node dist/bot/cli/main.js serve)',
  needsBuild: true,
  async run() {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const server = await spawnServer();
      samples.push(server.startupMs);
      await server.stop();
    }
    const s = summarize(samples);
    return {
      figures: { runs: RUNS, p50Ms: Math.round(s.p50Ms), maxMs: Math.round(s.maxMs) },
      targets: [{ metric: 'p50Ms', op: '<=', value: 1500 }],
    };
  },
};
