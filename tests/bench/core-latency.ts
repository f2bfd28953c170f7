import { loadKnowledge } from '../../bot/knowledge/load-knowledge.js';
import { defaultKnowledgeDir } from '../../bot/paths.js';
import { createRouter } from '../../bot/router/create-router.js';
import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { BenchSection } from './bench-section.js';
import { BENCH_QUESTIONS } from './questions.js';
import { summarize } from './stats.js';

const WARMUP = 2_000;
// Issue 2 §5: "p50/p99 over ≥ 10 000 mixed questions".
const MEASURED = 12_000;

/** Core answer latency: one message through the whole router (understanding, rules, reply), in process. */
export const coreLatency: BenchSection = {
  id: 'core',
  title: 'Core answer latency (router, in process)',
  async run() {
    // The answer cache is off: this measures understanding and answering, not a cache lookup.
    const handler = createRouter({ knowledge: loadKnowledge(defaultKnowledgeDir()), now: () => new Date('2026-03-02T10:00:00+08:00'), answerCacheSize: 0 });
    const message = (i: number): IncomingMessage => ({
      id: `bench-${i}`, platform: 'console', conversation: { id: 'bench', kind: 'direct' }, user: { id: 'bench' },
      text: BENCH_QUESTIONS[i % BENCH_QUESTIONS.length]!,
    });
    for (let i = 0; i < WARMUP; i++) await handler(message(i));
    const samples: number[] = [];
    for (let i = 0; i < MEASURED; i++) {
      const started = performance.now();
      await handler(message(i));
      samples.push(performance.now() - started);
    }
    const s = summarize(samples);
    return {
      figures: { questions: s.count, distinct: BENCH_QUESTIONS.length, meanMs: s.meanMs, p50Ms: s.p50Ms, p99Ms: s.p99Ms, maxMs: s.maxMs },
      targets: [{ metric: 'p99Ms', op: '<=', value: 1 }],
    };
  },
};
