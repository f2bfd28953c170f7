import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import { asFields, str } from './fields.js';
import { parseBlockAction } from './parse-action.js';
import { parseSlashCommand } from './parse-command.js';
import { type BotIdentity, parseEventCallback } from './parse-event.js';

export type { BotIdentity } from './parse-event.js';
export { parseBlockAction } from './parse-action.js';
export { parseSlashCommand } from './parse-command.js';
export { parseEventCallback } from './parse-event.js';

/**
 * Any decoded Slack payload → IncomingMessage, or undefined when it is nothing to answer.
 * Events API bodies carry `type: event_callback`, interactivity bodies `type: block_actions`,
 * slash commands have a `command` field and no `type`.
 *
 * @example parseSlackPayload(JSON.parse(fixture), { botUserId: 'U0BOT0001' })
 */
export function parseSlackPayload(body: unknown, bot: BotIdentity = {}): IncomingMessage | undefined {
  const fields = asFields(body);
  switch (str(fields, 'type')) {
    case 'event_callback':
      return parseEventCallback(fields, bot);
    case 'block_actions':
      return parseBlockAction(fields);
    case undefined:
      return str(fields, 'command') ? parseSlashCommand(fields) : undefined;
    default:
      return undefined;
  }
}
