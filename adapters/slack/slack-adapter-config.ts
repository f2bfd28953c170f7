import type { AdapterLogger } from './adapter-logger.js';
import type { SlackMessageHandler, SlackObserver } from './listeners/observer.js';

/**
 * Everything the Slack adapter needs. The first four mirror the env vars SLACK_BOT_TOKEN,
 * SLACK_SIGNING_SECRET, SLACK_APP_TOKEN and SLACK_API_URL (bot/config/app-config.ts `slack`).
 *
 * @example
 * createSlackAdapter({ botToken: 'xoxb-…', signingSecret: '…', handle: router, apiUrl: 'http://127.0.0.1:4000/api/' })
 */
export interface SlackAdapterConfig {
  /** Bot token `xoxb-…` for the Web API. */
  botToken: string;
  /** Verifies that HTTP requests come from Slack (v0 HMAC). */
  signingSecret: string;
  /** App-level token `xapp-…`: when set, events arrive over Socket Mode instead of HTTP. */
  appToken?: string;
  /** Web API base URL; tests point it at a local fake. Default https://slack.com/api/. */
  apiUrl?: string;
  /** The bot's user id and bot id; when both are known auth.test is never called. */
  botUserId?: string;
  botId?: string;
  /** Answers one message (the router). */
  handle: SlackMessageHandler;
  observer?: SlackObserver;
  logger?: AdapterLogger;
  /** Clock (ms) for the signature replay window; default Date.now. */
  now?: () => number;
  /** Retries of a reply on 5xx / network errors (default 2); pushes through `send` never retry here. */
  replyRetries?: number;
}
