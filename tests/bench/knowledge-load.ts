import { loadKnowledge } from '../../bot/knowledge/load-knowledge.js';
import { defaultKnowledgeDir } from '../../bot/paths.js';
import type { BenchSection } from './bench-section.js';
import { mb, summarize } from './stats.js';

const RUNS = 20;

/** Knowledge load and validation time (first load and repeated), and the memory it holds. */
export const knowledgeLoad: BenchSection = {
  id: 'knowledge',
  title: 'Knowledge load (read + YAML + zod + cross-checks)',
  async run() {
    const dir = defaultKnowledgeDir();
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let started = performance.now();
    const kept = loadKnowledge(dir);
    const firstMs = performance.now() - started;
    global.gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      started = performance.now();
      loadKnowledge(dir);
      samples.push(performance.now() - started);
    }
    const s = summarize(samples);
    return {
      figures: {
        caseTypes: kept.caseTypes.length, deadlineRules: kept.deadlineRules.length,
        firstLoadMs: Math.round(firstMs * 10) / 10, repeatedP50Ms: s.p50Ms,
        heapHeldMb: global.gc ? mb(heapAfter - heapBefore) : 'needs --expose-gc (npm run bench sets it)',
      },
    };
  },
};
