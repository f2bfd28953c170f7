import type { webApi } from '@slack/bolt';
import type { BotIdentity } from '../webhook/parse-event.js';
import { mapSlackError } from './errors.js';

/** Bolt's authorize result for a single-workspace app. */
export interface SlackAuthorization extends BotIdentity {
  botToken: string;
}

/**
 * Bolt's `authorize` for one workspace: who the bot is, from config or auth.test on first use.
 * Unlike Bolt's built-in single-workspace authorize, a failed auth.test is not cached (the next
 * event tries again) and nothing is called at construction, so an unreachable Slack at start-up
 * cannot crash the process with an unhandled rejection.
 */
export function createAuthorize(client: webApi.WebClient, botToken: string, known: BotIdentity = {}) {
  let identity: Promise<BotIdentity> | undefined =
    known.botUserId && known.botId ? Promise.resolve(known) : undefined;
  const lookup = async (): Promise<BotIdentity> => {
    try {
      const result = await client.auth.test();
      return { botUserId: result.user_id, botId: result.bot_id };
    } catch (error) {
      identity = undefined;
      throw mapSlackError(error, 'call');
    }
  };
  return async (): Promise<SlackAuthorization> => {
    identity ??= lookup();
    return { botToken, ...(await identity) };
  };
}
