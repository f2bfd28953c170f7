/**
 * The Slack channel (Bolt for JavaScript 5). Only translation lives here: Slack payloads in,
 * IncomingMessage out; Reply in, Block Kit out; Slack `error` codes in, typed errors out.
 */
export { createSlackAdapter } from './create-slack-adapter.js';
export type { SlackAdapter, SlackCapabilities } from './slack-adapter.js';
export type { SlackAdapterConfig } from './slack-adapter-config.js';
export type { AdapterLogger } from './adapter-logger.js';
export type { SlackFailure, SlackFailureStage, SlackMessageHandler, SlackObserver } from './listeners/observer.js';
export type { SlackHttpRequest, SlackHttpResponse } from './receiver/http-types.js';
export { SLASH_COMMAND } from './listeners/register-listeners.js';
export { createSlackWebClient } from './api/create-web-client.js';
export { mapSlackError, type SlackCallKind } from './api/errors.js';
export { sendSlackReply, type SlackReceipt, type SlackTarget } from './api/send.js';
export { renderSlackMessages, type SlackBlock, type SlackMessage } from './render/blocks.js';
export { parseSlackPayload, parseEventCallback, parseSlashCommand, parseBlockAction, type BotIdentity } from './webhook/parse.js';
export { decodeSlackBody } from './webhook/decode-body.js';
export * as slackLimits from './limits.js';
