import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import type { Metrics } from '../metrics/metrics.js';
import type { MessageHandler } from '../router/message-handler.js';

/** What every channel's routes get from the application. */
export interface ChannelDeps {
  config: AppConfig;
  logger: Logger;
  metrics: Metrics;
  handler: MessageHandler;
}

/**
 * Registers one channel's HTTP endpoints on the shared server (console, Slack, Teams, WeCom).
 * Returns an optional close function (e.g. to stop a Socket Mode connection).
 */
export type ChannelRoutes = (app: FastifyInstance, deps: ChannelDeps) => Promise<void | (() => Promise<void>)>;
