import type { BenchSection } from './bench-section.js';
import { runLoad } from './load-generator.js';
import { BENCH_QUESTIONS } from './questions.js';
import { spawnServer } from './spawn-server.js';
import { mb, summarize } from './stats.js';

const CONNECTIONS = 16;
const WARMUP_MS = 3_000;
const DURATION_MS = 15_000;

/** Resident memory the server reports on /metrics (prom-client default process metrics). */
async function serverRss(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const match = /^casebot_process_resident_memory_bytes (\d+)/m.exec(text);
  return match ? Number(match[1]) : Number.NaN;
}

/**
 * Console HTTP throughput and latency: the compiled server in its own process (default config,
 * LOG_LEVEL=info, one log line per request), a keep-alive client posting mixed questions.
 */
export const httpLoad: BenchSection = {
  id: 'http',
  title: `Console HTTP load (POST /api/console/messages, ${CONNECTIONS} keep-alive connections)`,
  needsBuild: true,
  async run() {
    const server = await spawnServer();
    try {
      const url = `${server.url}/api/console/messages`;
      const body = (i: number) => JSON.stringify({ userId: `bench-${i % 50}`, text: BENCH_QUESTIONS[i % BENCH_QUESTIONS.length] });
      const rssIdle = await serverRss(server.url);
      await runLoad({ url, connections: CONNECTIONS, durationMs: WARMUP_MS, body });
      const r = await runLoad({ url, connections: CONNECTIONS, durationMs: DURATION_MS, body });
      const s = summarize(r.latenciesMs);
      // The HTTP stack alone (no router work), to tell server overhead from answer time.
      const h = await runLoad({ url: `${server.url}/healthz`, connections: CONNECTIONS, durationMs: WARMUP_MS });
      return {
        figures: {
          requests: r.requests, reqPerSec: Math.round(r.requests / (r.elapsedMs / 1000)), errors: r.errors + r.non2xx,
          p50Ms: s.p50Ms, p99Ms: s.p99Ms, maxMs: s.maxMs,
          healthzReqPerSec: Math.round(h.requests / (h.elapsedMs / 1000)), healthzP99Ms: summarize(h.latenciesMs).p99Ms,
          serverRssIdleMb: mb(rssIdle), serverRssAfterMb: mb(await serverRss(server.url)),
        },
        targets: [
          { metric: 'reqPerSec', op: '>=', value: 2000 },
          { metric: 'p99Ms', op: '<=', value: 20 },
          { metric: 'errors', op: '<=', value: 0 },
        ],
      };
    } finally {
      await server.stop();
    }
  },
};
