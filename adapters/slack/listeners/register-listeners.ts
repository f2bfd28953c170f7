import type { App, webApi } from '@slack/bolt';
import { type AnswerDeps, answer } from './answer.js';
import { postSink, respondSink } from './sinks.js';
import { parseBlockAction, parseEventCallback, parseSlashCommand } from '../webhook/parse.js';
import { mapSlackError } from '../api/errors.js';

/** The slash command casebot registers in the Slack app's manifest. */
export const SLASH_COMMAND = '/casebot';

export interface ListenerDeps extends AnswerDeps {
  client: webApi.WebClient;
}

/** app_mention and message.im: parse, answer in the channel (in the thread when asked in one). */
function registerEvents(app: App, deps: ListenerDeps): void {
  const onEvent = async ({ body, context }: { body: unknown; context: { botUserId?: string; botId?: string } }) => {
    const message = parseEventCallback(body, { botUserId: context.botUserId, botId: context.botId });
    if (!message) return;
    const target = { channel: message.conversation.id, threadTs: message.conversation.threadId };
    await answer(message, postSink(deps.client, target), deps);
  };
  app.event('app_mention', onEvent);
  app.event('message', onEvent);
}

/** `/casebot <text>`: ack at once (Slack's 3 s), answer through response_url. */
function registerCommand(app: App, deps: ListenerDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const message = parseSlashCommand(command);
    if (!message) return;
    const onDropped = (count: number) => deps.logger.warn({ count }, 'slack: reply parts beyond response_url uses dropped');
    await answer(message, respondSink(respond, onDropped), deps);
  });
}

/** Button presses: the button's value is the user's next message; the answer goes to the pressed message's conversation. */
function registerActions(app: App, deps: ListenerDeps): void {
  app.action({ type: 'block_actions' }, async ({ ack, body }) => {
    await ack();
    const message = parseBlockAction(body);
    if (!message) return;
    const target = { channel: message.conversation.id, threadTs: message.conversation.threadId };
    await answer(message, postSink(deps.client, target), deps);
  });
}

/**
 * Wires casebot's listeners into a Bolt app. Socket Mode delivers retries too (with a retry
 * number in the context); they are dropped here like the HTTP receiver drops X-Slack-Retry-Num.
 */
export function registerListeners(app: App, deps: ListenerDeps): void {
  app.use(async ({ context, next }) => {
    if (context.retryNum) return;
    await next();
  });
  registerEvents(app, deps);
  registerCommand(app, deps);
  registerActions(app, deps);
  // Without this Bolt logs and rethrows; a failed authorize would turn a command's ack into a 500.
  app.error(async (error) => {
    const cause = (error as { original?: unknown }).original ?? error;
    const mapped = mapSlackError(cause, 'call');
    deps.logger.warn({ code: mapped.code }, 'slack: event not processed');
    deps.observer.failed?.({ stage: 'process', code: mapped.code, error: mapped });
  });
}
