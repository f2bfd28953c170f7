import { App, type Receiver, SocketModeReceiver } from '@slack/bolt';
import { NotImplementedError } from '../../core/errors/not-implemented-error.js';
import { silentLogger, toBoltLogger } from './adapter-logger.js';
import { createAuthorize } from './api/bot-identity.js';
import { createSlackWebClient, normalizeApiUrl } from './api/create-web-client.js';
import { sendSlackReply } from './api/send.js';
import { registerListeners } from './listeners/register-listeners.js';
import { SlackHttpReceiver } from './receiver/http-receiver.js';
import type { SlackAdapter } from './slack-adapter.js';
import type { SlackAdapterConfig } from './slack-adapter-config.js';

function socketReceiver(config: SlackAdapterConfig & { appToken: string }, logger: ReturnType<typeof toBoltLogger>): SocketModeReceiver {
  // apps.connections.open goes through the same Web API base, so SLACK_API_URL covers Socket Mode too.
  return new SocketModeReceiver({
    appToken: config.appToken,
    logger,
    installerOptions: { clientOptions: { slackApiUrl: normalizeApiUrl(config.apiUrl) } },
  });
}

/**
 * Builds the Slack channel on Bolt: casebot's HTTP receiver (requests come through the shared
 * Fastify server) or Bolt's SocketModeReceiver when `appToken` is set.
 *
 * @example
 * const slack = createSlackAdapter({ botToken, signingSecret, handle: router });
 * fastify.post('/slack/events', async (req, reply) => { const r = await slack.handleHttpRequest({ rawBody: req.body, headers: req.headers }); … });
 */
export function createSlackAdapter(config: SlackAdapterConfig): SlackAdapter {
  const logger = config.logger ?? silentLogger;
  const boltLogger = toBoltLogger(logger);
  const apiUrl = normalizeApiUrl(config.apiUrl);
  const replyClient = createSlackWebClient({ botToken: config.botToken, apiUrl, retries: config.replyRetries ?? 2, logger: boltLogger });
  const pushClient = createSlackWebClient({ botToken: config.botToken, apiUrl, retries: 0, logger: boltLogger });
  const http = config.appToken
    ? undefined
    : new SlackHttpReceiver({
      signingSecret: config.signingSecret,
      now: config.now ?? Date.now,
      logger,
      onLateError: (error) => logger.error({ err: error }, 'slack: processing failed after ack'),
    });
  const receiver: Receiver = http ?? socketReceiver({ ...config, appToken: config.appToken as string }, boltLogger);
  const app = new App({
    receiver,
    authorize: createAuthorize(replyClient, config.botToken, { botUserId: config.botUserId, botId: config.botId }),
    clientOptions: { slackApiUrl: apiUrl },
    logger: boltLogger,
    convoStore: false,
  });
  registerListeners(app, { client: replyClient, handle: config.handle, observer: config.observer ?? {}, logger });
  return {
    platform: 'slack',
    mode: http ? 'http' : 'socket',
    capabilities: { canReceive: true, mentions: 'native', threads: true, buttons: true },
    handleHttpRequest: (request) => {
      if (!http) throw new NotImplementedError('Slack runs in Socket Mode (SLACK_APP_TOKEN is set); it takes no HTTP requests');
      return http.handle(request);
    },
    send: (target, reply) => sendSlackReply(pushClient, target, reply),
    start: async () => { await app.start(); },
    stop: async () => { await app.stop(); },
  };
}
