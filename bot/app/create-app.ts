import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { loadConfig } from '../config/load-config.js';
import type { ChannelRoutes } from '../http/channel-routes.js';
import type { ReadinessCheck } from '../http/health-routes.js';
import { consoleInbox } from '../../adapters/store/repositories/console-inbox.js';
import { type ConsoleInboxReader, consoleRoutes, createConsoleRoutes } from '../http/routes/console-routes.js';
import { slackRoutes } from '../http/routes/slack-routes.js';
import { createTeamsRoutes, teamsRoutes } from '../http/routes/teams-routes.js';
import { wecomRoutes } from '../http/routes/wecom-routes.js';
import { buildServer } from '../http/server.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import { createLogger } from '../logging/create-logger.js';
import { createMetrics } from '../metrics/metrics.js';
import { createRouter } from '../router/create-router.js';
import { sql } from 'kysely';
import type { DeliverySender } from '../delivery/delivery-sender.js';
import { destinationKey } from '../delivery/delivery-target.js';
import { createRuntime, type Runtime } from './create-runtime.js';
import { instrumentHandler } from './instrument-handler.js';

// ─── CHANNELS ──────────────────────────────────────────────────────────────────────────────
// Every chat channel's routes, registered on the one server in this order. Add a platform by
// adding its ChannelRoutes here; a channel whose config block is absent registers nothing.
export const CHANNELS: ChannelRoutes[] = [
  consoleRoutes,
  wecomRoutes,
  teamsRoutes,
  slackRoutes,
];
// ───────────────────────────────────────────────────────────────────────────────────────────

export interface AppOptions {
  /** Default: loadConfig(process.env). */
  config?: AppConfig;
  logger?: Logger;
  /** The clock the router reads; tests pass a fixed one. */
  now?: () => Date;
  /** Default: CHANNELS. */
  channels?: ChannelRoutes[];
  /** Readiness conditions beyond "knowledge loaded" (record store, queue) for GET /readyz. */
  readiness?: ReadinessCheck[];
  /** Stop cleanly on SIGTERM/SIGINT (the `serve` command); off for tests and embedding. */
  handleSignals?: boolean;
  /** Replaces the platform push sender (tests, benches). */
  sender?: DeliverySender;
  /** Scaled mode: deliver in this process too (default) or leave it to `casebot worker`. */
  runWorkers?: boolean;
}

export interface App {
  config: AppConfig;
  logger: Logger;
  server: FastifyInstance;
  /** Records, delivery, services and reminders. */
  runtime: Runtime;
  /** Listens on config.host:config.port; resolves to the bound address. */
  start(): Promise<string>;
  /** Stops taking connections, lets requests in flight finish, closes channels. Idempotent. */
  stop(): Promise<void>;
}

function onSignals(stop: () => Promise<void>, logger: Logger): void {
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    stop().then(() => process.exit(0), (err: unknown) => {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

/** A console user's inbox: the pushes sent to their console address (`user:console:<id>`). */
function consoleInboxOf(runtime: Runtime): ConsoleInboxReader {
  return (userId, limit) => consoleInbox(runtime.store.db, destinationKey({ platform: 'console', userId }), limit);
}

/**
 * The default channels; Teams shares the runtime's adapter so proactive sends use the stored
 * references, and the console reads its users' reminder inbox from the runtime's record store.
 */
function defaultChannels(runtime: Runtime): ChannelRoutes[] {
  return CHANNELS.map((c) => {
    if (c === teamsRoutes) return createTeamsRoutes({ adapter: runtime.teams });
    if (c === consoleRoutes) return createConsoleRoutes({ inbox: consoleInboxOf(runtime) });
    return c;
  });
}

/**
 * Wires config → logger → metrics → knowledge → runtime (records, delivery, services, reminders)
 * → router with the commands → HTTP server with every channel.
 */
export async function createApp(options: AppOptions = {}): Promise<App> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const metrics = createMetrics();
  const now = options.now ?? (() => new Date());
  const started = performance.now();
  const knowledge = loadKnowledge(config.knowledgeDir);
  logger.info({ caseTypes: knowledge.caseTypes.length, ms: Math.round(performance.now() - started) }, 'knowledge loaded');
  const runtime = await createRuntime({ config, logger, knowledge, metrics, now, ...(options.sender && { sender: options.sender }), ...(options.runWorkers !== undefined && { runWorkers: options.runWorkers }) });
  const router = createRouter({ knowledge, now, timezone: config.directory.timezone, logger, commands: runtime.commands, help: runtime.help });
  const handler = instrumentHandler(router, metrics);
  const readiness = [{ name: 'record store', check: async () => (await sql`select 1 as ok`.execute(runtime.store.db), true) }, ...(options.readiness ?? [])];
  const server = await buildServer({ config, logger, metrics, handler, knowledge, channels: options.channels ?? defaultChannels(runtime), readiness });
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= server.close().then(() => runtime.stop()).then(() => logger.flush()));
  if (options.handleSignals) onSignals(stop, logger);
  return {
    config, logger, server, runtime, stop,
    start: async () => {
      const address = await server.listen({ port: config.port, host: config.host });
      await runtime.start();
      return address;
    },
  };
}
