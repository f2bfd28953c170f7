import type { ChannelAccount, ConversationParameters } from '@microsoft/agents-activity';
import { TransientDeliveryError } from '../../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../../core/errors/unrecoverable-delivery-error.js';
import { mapConnectorError } from '../errors/map-connector-error.js';
import type { TeamsConversationReference } from '../references/teams-conversation-reference.js';
import type { TeamsAdapter } from '../teams-adapter.js';
import { findConversationHome, type TeamsConversationHome } from './conversation-home.js';

/**
 * The token audience for the Bot Framework Connector (Teams' connector); the SDK uses the same
 * literal when it continues a conversation (agents-hosting 1.8.1, cloudAdapter.js).
 */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';
const TEAMS_CHANNEL_ID = 'msteams';

/** Options for createUserConversation. */
export interface CreateUserConversationOptions {
  /** The tenant to create the chat in (MICROSOFT_APP_TENANT_ID); default: the stored references' tenant. */
  tenantId?: string;
}

function botAccount(adapter: TeamsAdapter, home: TeamsConversationHome): ChannelAccount {
  if (home.bot) return home.bot;
  // Teams bot accounts are `28:<app id>`; anonymous (local) mode has no app id.
  const appId = typeof adapter.botIdentity === 'string' ? adapter.botIdentity : undefined;
  return { id: appId ? `28:${appId}` : 'casebot' };
}

/**
 * The Bot Framework Connector's create-conversation body for a 1:1 chat in Teams:
 * `{ bot, members: [{ id }], channelData: { tenant: { id } }, isGroup: false }`
 * (learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages).
 * The SDK's type names the bot `agent` and sends the object as is, but the wire name is `bot`
 * (REST reference, ConversationParameters), so both are set. No initial `activity`: the message
 * is posted separately, through the same path as every later push.
 */
function conversationParameters(userId: string, bot: ChannelAccount, tenantId: string): ConversationParameters {
  const wire = { isGroup: false, bot, agent: bot, members: [{ id: userId }], tenantId, channelData: { tenant: { id: tenantId } } };
  return wire as unknown as ConversationParameters;
}

/** What an inbound message in that chat would have stored (reference-from-activity.ts). */
function personalReference(conversationId: string, userId: string, bot: ChannelAccount, home: TeamsConversationHome): TeamsConversationReference {
  return {
    channelId: TEAMS_CHANNEL_ID,
    serviceUrl: home.serviceUrl,
    conversation: { id: conversationId, conversationType: 'personal', isGroup: false, tenantId: home.tenantId },
    user: { id: userId },
    agent: bot,
  };
}

/**
 * Starts a 1:1 Teams chat with a user the bot has never talked to (`createConversationAsync`),
 * stores its reference like an inbound personal chat's (so the next push reuses it) and returns
 * it. `userId` is the user's Teams id (`29:…`) or Entra object id; Teams accepts either for a
 * 1:1 chat, provided the bot's app is installed for the user (or in a team of theirs).
 * Fails with UnrecoverableDeliveryError when no serviceUrl/tenant is known yet (the bot was never
 * installed anywhere); connector failures are mapped by mapConnectorError.
 *
 * @example
 * const ref = await createUserConversation(adapter, '29:1a2b…', { tenantId: config.teams.tenantId });
 * await sendProactive(adapter, ref, reply);
 */
export async function createUserConversation(adapter: TeamsAdapter, userId: string, options: CreateUserConversationOptions = {}): Promise<TeamsConversationReference> {
  const found = findConversationHome(await adapter.references.list(), options.tenantId);
  if ('reason' in found) throw new UnrecoverableDeliveryError(`cannot start a 1:1 Teams chat with this user: ${found.reason}`);
  const { home } = found;
  const bot = botAccount(adapter, home);
  const appId = typeof adapter.botIdentity === 'string' ? adapter.botIdentity : '';
  let conversationId: string | undefined;
  try {
    await adapter.cloud.createConversationAsync(appId, TEAMS_CHANNEL_ID, home.serviceUrl, BOT_FRAMEWORK_AUDIENCE, conversationParameters(userId, bot, home.tenantId), async (ctx) => {
      // The SDK runs this with a synthetic event whose conversation is the one just created.
      conversationId = ctx.activity.conversation?.id;
    });
  } catch (err) {
    throw mapConnectorError(err, adapter.now());
  }
  if (!conversationId) throw new TransientDeliveryError('Teams connector created a conversation without an id');
  const reference = personalReference(conversationId, userId, bot, home);
  await adapter.references.save(reference);
  return reference;
}
