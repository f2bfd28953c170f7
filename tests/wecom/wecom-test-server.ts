import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../../bot/config/app-config.js';
import { loadConfig } from '../../bot/config/load-config.js';
import { instrumentHandler } from '../../bot/app/instrument-handler.js';
import { wecomRoutes } from '../../bot/http/routes/wecom-routes.js';
import { buildServer } from '../../bot/http/server.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { createMetrics } from '../../bot/metrics/metrics.js';
import type { MessageHandler } from '../../bot/router/message-handler.js';
import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';

/** The real server (buildServer) with only the WeCom channel and a given handler, on loopback. */
export interface WecomTestServer {
  url: string;
  server: FastifyInstance;
  config: AppConfig;
  /** Every message the handler was given. */
  received: IncomingMessage[];
  logs: string[];
  metricsText(): Promise<string>;
  close(): Promise<void>;
}

/**
 * A tiny deterministic handler (a real function, not a mock): answers "收到：<text>"; the text
 * "按钮" gets a reply with two actions, so the card path runs.
 */
export function echoHandler(received: IncomingMessage[]): MessageHandler {
  return async (message) => {
    received.push(message);
    const reply: Reply = { kind: 'help', locale: 'zh', title: `收到：${message.text}`, sections: [], citations: [] };
    if (message.text === '按钮') reply.actions = [{ id: 'ack', label: '收到', value: '收到 N-1' }, { id: 'done', label: '已整改', value: '已整改 N-1' }];
    return [reply];
  };
}

/** Starts buildServer with `channels: [wecomRoutes]` and the WeCom settings in `env`. */
export async function startWecomServer(env: Record<string, string>, handler?: MessageHandler): Promise<WecomTestServer> {
  const logs: string[] = [];
  const received: IncomingMessage[] = [];
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...env });
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => logs.push(line) } });
  const metrics = createMetrics();
  const server = await buildServer({
    config, logger, metrics, handler: instrumentHandler(handler ?? echoHandler(received), metrics), channels: [wecomRoutes],
  });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  return {
    url, server, config, received, logs,
    metricsText: () => metrics.registry.metrics(),
    close: () => server.close(),
  };
}
