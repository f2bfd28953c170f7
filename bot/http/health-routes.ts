import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics/metrics.js';

/** One readiness condition, e.g. "knowledge loaded" or "record store answers". */
export interface ReadinessCheck {
  name: string;
  check: () => boolean | Promise<boolean>;
}

async function runCheck(c: ReadinessCheck): Promise<boolean> {
  try {
    return await c.check();
  } catch {
    return false;
  }
}

/**
 * GET /healthz: the process is alive (no dependencies checked, so an orchestrator never restarts
 * a healthy process because a database blinked). GET /readyz: every readiness check passes.
 * GET /metrics: Prometheus text.
 */
export function registerHealthRoutes(app: FastifyInstance, metrics: Metrics, readiness: ReadinessCheck[]): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const results = await Promise.all(readiness.map(async (c) => [c.name, await runCheck(c)] as const));
    const ready = results.every(([, ok]) => ok);
    reply.code(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not_ready', checks: Object.fromEntries(results) };
  });
  app.get('/metrics', async (_request, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
