import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Knowledge } from '../../core/knowledge/knowledge.js';
import type { AppConfig } from '../config/app-config.js';
import { requestId } from '../logging/create-logger.js';
import type { Metrics } from '../metrics/metrics.js';
import type { MessageHandler } from '../router/message-handler.js';
import type { ChannelDeps, ChannelRoutes } from './channel-routes.js';
import { createErrorHandler } from './error-handler.js';
import { type ReadinessCheck, registerHealthRoutes } from './health-routes.js';
import { OneLineRequestLog } from './request-log.js';

/** Largest request body any endpoint accepts; bigger ones get 413 (issue 2: "a body over 64 KB → 413"). */
export const BODY_LIMIT_BYTES = 64 * 1024;

export interface ServerOptions {
  config: AppConfig;
  logger: Logger;
  metrics: Metrics;
  handler: MessageHandler;
  /** The loaded knowledge; its presence is the first readiness condition. */
  knowledge?: Knowledge;
  /** Each channel's routes (console, Slack, Teams, WeCom), registered in their own scope. */
  channels: ChannelRoutes[];
  /** Extra readiness conditions (record store, queue …) for GET /readyz. */
  readiness?: ReadinessCheck[];
}

/** The request id header on every answer, and the latency histogram per route. */
function instrumentRequests(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the URL, keeps the label set small; unmatched URLs share one label.
    const route = request.routeOptions.url ?? 'unmatched';
    const status = String(reply.statusCode);
    metrics.httpDuration.observe({ method: request.method, route, status }, reply.elapsedTime / 1000);
  });
}

/**
 * The HTTP server every channel shares. Health, readiness and metrics are built in; each channel
 * registers its own routes through `channels`. Closing the server also closes every channel.
 *
 * @example
 * const server = await buildServer({ config, logger, metrics, handler, knowledge, channels: [consoleRoutes] });
 * await server.listen({ port: config.port, host: config.host });
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { config, logger, metrics, handler } = options;
  const app = Fastify({
    loggerInstance: logger,
    logController: new OneLineRequestLog(),
    bodyLimit: BODY_LIMIT_BYTES,
    requestIdHeader: false,
    genReqId: (req) => requestId(req.headers['x-request-id']),
  }) as unknown as FastifyInstance;
  instrumentRequests(app, metrics);
  app.setErrorHandler(createErrorHandler(metrics));
  app.setNotFoundHandler((request, reply) => {
    reply.code(404).send({ error: 'not_found', message: `no route for ${request.method} ${request.url.split('?')[0]}`, requestId: request.id });
  });
  const readiness: ReadinessCheck[] = [
    { name: 'knowledge', check: () => options.knowledge !== undefined },
    ...(options.readiness ?? []),
  ];
  registerHealthRoutes(app, metrics, readiness);
  const deps: ChannelDeps = { config, logger, metrics, handler };
  const closers: (() => Promise<void>)[] = [];
  for (const channel of options.channels) {
    // Each channel in its own encapsulated scope: a form or XML body parser one channel adds
    // does not change how another channel's bodies are read.
    await app.register(async (scope) => {
      const close = await channel(scope, deps);
      if (close) closers.push(close);
    });
  }
  app.addHook('onClose', async () => {
    await Promise.allSettled(closers.map((close) => close()));
  });
  return app;
}
