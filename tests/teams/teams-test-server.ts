/**
 * Starts the real HTTP server (bot/http/server.ts buildServer) with only the Teams channel,
 * a fake Bot Framework connector, and a log that tests can read.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { createTeamsAdapter, type TeamsAdapter } from '../../adapters/teams/index.js';
import { instrumentHandler } from '../../bot/app/instrument-handler.js';
import { loadConfig } from '../../bot/config/load-config.js';
import { createTeamsRoutes } from '../../bot/http/routes/teams-routes.js';
import { buildServer } from '../../bot/http/server.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { createMetrics, type Metrics } from '../../bot/metrics/metrics.js';
import type { MessageHandler } from '../../bot/router/message-handler.js';
import { FakeBotConnector } from '../fakes/fake-bot-connector.js';
import { echoHandler } from './teams-replies.js';

export interface TeamsTestServer {
  url: string;
  server: FastifyInstance;
  connector: FakeBotConnector;
  adapter?: TeamsAdapter;
  metrics: Metrics;
  logs: string[];
  /** POSTs an activity (serviceUrl set to the fake connector) to /api/messages. */
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export interface TeamsTestServerOptions {
  env?: Record<string, string>;
  handler?: MessageHandler;
  /** Build the adapter in the test (to keep a handle for proactive sends). */
  adapter?: TeamsAdapter | 'create';
}

export async function startTeamsServer(options: TeamsTestServerOptions = {}): Promise<TeamsTestServer> {
  const connector = await new FakeBotConnector().start();
  const logs: string[] = [];
  const destination = new Writable({ write(chunk, _enc, done) { logs.push(String(chunk)); done(); } });
  const logger = createLogger({ level: 'info', destination });
  const metrics = createMetrics();
  const config = loadConfig({ LOG_LEVEL: 'info', ...options.env });
  const adapter = options.adapter === 'create' ? createTeamsAdapter({ ...config.teams }) : options.adapter;
  const handler = instrumentHandler(options.handler ?? echoHandler(), metrics);
  const server = await buildServer({ config, logger, metrics, handler, channels: [createTeamsRoutes({ adapter })] });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  return {
    url, server, connector, adapter, metrics, logs,
    post: (activity, headers = {}) => fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl }),
    }),
    close: async () => {
      await server.close();
      await connector.stop();
    },
  };
}
