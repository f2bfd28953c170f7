import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
// Types only: Bolt itself is loaded on demand, so a deployment without Slack never pays its start-up cost.
import type {
  SlackAdapter, SlackFailure, SlackHttpResponse, SlackObserver,
} from '../../../adapters/slack/index.js';
import type { createSlackAdapter as createSlackAdapterType } from '../../../adapters/slack/create-slack-adapter.js';
import type { Metrics } from '../../metrics/metrics.js';
import type { ChannelDeps, ChannelRoutes } from '../channel-routes.js';

export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Slack bodies are small, but a block_actions payload carries the whole pressed message,
 * form-encoded (a CJK character becomes 9 bytes): 1 MiB leaves room for the largest message
 * casebot sends (≈16 000 characters, see adapters/slack/limits.ts). Larger → 413.
 */
const SLACK_BODY_LIMIT_BYTES = 1024 * 1024;

/** Status codes the receiver answers with, as the stable error codes /metrics counts. */
const REJECTED: Record<number, string> = { 400: 'VALIDATION_FAILED', 401: 'AUTHENTICATION_FAILED' };

/** Deliveries and failures after the ack. Messages, replies and handler errors are counted by the instrumented handler. */
function metricsObserver(metrics: Metrics): SlackObserver {
  return {
    replied: () => metrics.deliveries.inc({ platform: 'slack', outcome: 'sent' }),
    failed: ({ stage, code }: SlackFailure) => {
      if (stage === 'handle') return;
      if (stage === 'send') metrics.deliveries.inc({ platform: 'slack', outcome: 'failed' });
      metrics.errors.inc({ platform: 'slack', code });
    },
  };
}

/** Copies the adapter's answer onto Fastify's reply; error bodies get the request id like every endpoint's. */
function send(result: SlackHttpResponse, request: FastifyRequest, reply: FastifyReply, metrics: Metrics): FastifyReply {
  reply.code(result.status).headers(result.headers ?? {});
  const code = REJECTED[result.status];
  if (code) {
    metrics.errors.inc({ platform: 'slack', code });
    const body = JSON.parse(result.body ?? '{}') as Record<string, unknown>;
    return reply.send({ ...body, requestId: request.id });
  }
  return reply.send(result.body ?? '');
}

/** A clear 404 where Slack events would arrive, when they cannot arrive over HTTP. */
function unavailable(app: FastifyInstance, message: string): void {
  app.post(SLACK_EVENTS_PATH, async (request, reply) => reply.code(404).send({ error: 'slack_unavailable', message, requestId: request.id }));
}

function registerEventsRoute(app: FastifyInstance, adapter: SlackAdapter, metrics: Metrics): void {
  // The signature covers the exact bytes Slack sent: keep them raw, for JSON (events) and
  // form bodies (commands, interactivity) alike. This scope only; other channels parse normally.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ['application/json', 'application/x-www-form-urlencoded'],
    { parseAs: 'buffer', bodyLimit: SLACK_BODY_LIMIT_BYTES },
    (_request, body, done) => done(null, body),
  );
  app.post(SLACK_EVENTS_PATH, { bodyLimit: SLACK_BODY_LIMIT_BYTES }, async (request, reply) => {
    const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const result = await adapter.handleHttpRequest({ rawBody, headers: request.headers });
    return send(result, request, reply, metrics);
  });
}

type CreateSlackAdapter = typeof createSlackAdapterType;

function adapterFor(createSlackAdapter: CreateSlackAdapter, deps: ChannelDeps, settings: NonNullable<ChannelDeps['config']['slack']>): SlackAdapter {
  return createSlackAdapter({
    ...settings,
    handle: deps.handler,
    observer: metricsObserver(deps.metrics),
    logger: deps.logger.child({ platform: 'slack' }),
  });
}

/**
 * Slack at POST /slack/events: url_verification, events (app_mention, message.im), the
 * `/casebot` slash command and button presses, verified by the signing secret. With
 * SLACK_APP_TOKEN set, Slack talks over Socket Mode instead and this path says so. Without
 * Slack settings the path answers 404 naming the env vars to set.
 */
export const slackRoutes: ChannelRoutes = async (app, deps) => {
  const settings = deps.config.slack;
  if (!settings) {
    unavailable(app, 'Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET');
    return;
  }
  const { createSlackAdapter } = await import('../../../adapters/slack/create-slack-adapter.js');
  const adapter = adapterFor(createSlackAdapter, deps, settings);
  if (adapter.mode === 'socket') {
    unavailable(app, 'Slack runs in Socket Mode (SLACK_APP_TOKEN is set): events arrive over the socket, not at this URL');
  } else {
    await app.register(async (scope) => registerEventsRoute(scope, adapter, deps.metrics));
  }
  try {
    await adapter.start();
    deps.logger.info({ mode: adapter.mode }, 'slack channel ready');
  } catch (err) {
    // Socket Mode could not connect (Slack unreachable, bad SLACK_APP_TOKEN): the other channels keep serving.
    deps.logger.error({ err, mode: adapter.mode }, 'slack channel failed to start; check SLACK_APP_TOKEN and the network');
  }
  return () => adapter.stop();
};
