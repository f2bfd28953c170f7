/**
 * Helpers for the Slack tests: fixtures, requests signed exactly as Slack signs them
 * (`v0=` + HMAC-SHA256 over `v0:{timestamp}:{raw body}`, docs.slack.dev/authentication/
 * verifying-requests-from-slack), and the real server wired to a fake Web API.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../../bot/config/app-config.js';
import { loadConfig } from '../../bot/config/load-config.js';
import type { ChannelRoutes } from '../../bot/http/channel-routes.js';
import { slackRoutes } from '../../bot/http/routes/slack-routes.js';
import { buildServer } from '../../bot/http/server.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { createMetrics } from '../../bot/metrics/metrics.js';
import type { MessageHandler } from '../../bot/router/message-handler.js';
import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';
import { FakeSlackApi } from '../fakes/fake-slack-api.js';

export const SIGNING_SECRET = 'test-signing-secret-0000000000000';
export const BOT_TOKEN = 'xoxb-0000000000-test-token';

export type SlackFixtureName =
  | 'url-verification' | 'app-mention' | 'app-mention-in-thread' | 'message-im' | 'message-changed'
  | 'bot-message-im' | 'slash-command' | 'block-actions';

export function slackFixture<T extends object = Record<string, unknown>>(name: SlackFixtureName): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/slack/${name}.json`, import.meta.url), 'utf8')) as T;
}

/** A body as Slack sends it: JSON for events, form fields for commands, `payload=<json>` for interactivity. */
export interface SlackBody {
  body: string;
  contentType: string;
}

export const asJson = (value: unknown): SlackBody => ({ body: JSON.stringify(value), contentType: 'application/json' });
export const asForm = (fields: Record<string, string>): SlackBody =>
  ({ body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' });
export const asPayloadForm = (payload: unknown): SlackBody => asForm({ payload: JSON.stringify(payload) });

export function signatureHeaders(body: string, options: { secret?: string; timestamp?: number } = {}): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const hmac = createHmac('sha256', options.secret ?? SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${hmac}` };
}

/** A deterministic handler (a real function, not a mock) that records what it was asked. */
export function echoHandler(): { handler: MessageHandler; received: IncomingMessage[]; replyFor: (m: IncomingMessage) => Reply } {
  const received: IncomingMessage[] = [];
  const replyFor = (m: IncomingMessage): Reply => ({
    kind: 'help', locale: 'zh', title: `收到：${m.text}`,
    summary: `${m.conversation.kind} · ${m.user.id}`,
    sections: [{ heading: '回显', items: [{ text: m.text, flag: 'ok', note: m.actionValue ? `按钮：${m.actionValue}` : undefined }] }],
    citations: [{ law: '中华人民共和国行政处罚法', article: '第六十条', source: 'test', verified: true }],
    actions: [{ id: 'ack', label: '收到', value: '收到 N-12', style: 'primary' }],
  });
  const handler: MessageHandler = async (m) => {
    received.push(m);
    return [replyFor(m)];
  };
  return { handler, received, replyFor };
}

export interface SlackHarness {
  url: string;
  fake: FakeSlackApi;
  server: FastifyInstance;
  config: AppConfig;
  logs: string[];
  send(body: SlackBody, options?: { headers?: Record<string, string>; timestamp?: number; secret?: string; unsigned?: boolean }): Promise<Response>;
  close(): Promise<void>;
}

/** The real server (buildServer + slackRoutes, config from loadConfig) on loopback, its Web API pointed at a fake. */
export async function startSlackHarness(options: { handler: MessageHandler; env?: Record<string, string>; channels?: ChannelRoutes[] }): Promise<SlackHarness> {
  const fake = await FakeSlackApi.start({ botToken: BOT_TOKEN });
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, ...options.env,
  });
  const logs: string[] = [];
  const logger = createLogger({ level: 'info', destination: { write: (line: string) => logs.push(line) } });
  const server = await buildServer({ config, logger, metrics: createMetrics(), handler: options.handler, channels: options.channels ?? [slackRoutes] });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  const send: SlackHarness['send'] = (body, o = {}) => fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': body.contentType, ...(o.unsigned ? {} : signatureHeaders(body.body, o)), ...o.headers },
    body: body.body,
  });
  return {
    url, fake, server, config, logs, send,
    close: async () => {
      await server.close();
      await fake.close();
    },
  };
}

/** Gives background work (answers after the ack) time to happen — for asserting that nothing did. */
export const settle = (ms = 250) => new Promise((resolve) => setTimeout(resolve, ms));
