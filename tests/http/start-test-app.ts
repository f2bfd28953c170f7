import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, createApp } from '../../bot/app/create-app.js';
import { loadConfig } from '../../bot/config/load-config.js';
import type { ChannelRoutes } from '../../bot/http/channel-routes.js';
import { createLogger } from '../../bot/logging/create-logger.js';

export interface TestApp {
  app: App;
  url: string;
  /** Every JSON log line the app wrote. */
  logs: string[];
  post(path: string, body: string, contentType?: string): Promise<Response>;
  postJson(path: string, value: unknown): Promise<Response>;
}

/**
 * The real application (config, logger, knowledge, router, server) on an ephemeral loopback
 * port, with logs captured. Tests talk to it over real HTTP with fetch.
 */
export async function startTestApp(options: { env?: Record<string, string>; channels?: ChannelRoutes[]; now?: Date } = {}): Promise<TestApp> {
  const logs: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'casebot-app-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: dataDir, ...options.env });
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => logs.push(line) } });
  const now = options.now ?? new Date('2026-01-10T10:00:00+08:00');
  const app = await createApp({ config, logger, now: () => now, channels: options.channels });
  const url = await app.start();
  const post = (path: string, body: string, contentType = 'application/json') =>
    fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { app, url, logs, post, postJson: (path, value) => post(path, JSON.stringify(value)) };
}

/** The error body every endpoint returns (bot/http/error-handler.ts). */
export interface ErrorJson {
  error: string;
  message: string;
  requestId: string;
}

/** Response JSON typed for the assertion at hand. */
export async function jsonOf<T = ErrorJson>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
