import type { ChannelAccount } from '@microsoft/agents-activity';
import type { TeamsConversationReference } from '../references/teams-conversation-reference.js';

/**
 * Where the bot can start a new Teams chat: the connector endpoint (`serviceUrl`, which is
 * regional, e.g. `https://smba.trafficmanager.net/amer/`) and the tenant of a conversation the
 * bot already has there, plus the bot account Teams addressed it as.
 */
export interface TeamsConversationHome {
  serviceUrl: string;
  tenantId: string;
  /** The bot as Teams knows it (`28:<app id>`), when a stored reference names it. */
  bot?: ChannelAccount;
}

/** A home, or why none can be chosen (for the permanent delivery error). */
export type ConversationHomeResult = { home: TeamsConversationHome } | { reason: string };

const NEVER_INSTALLED = 'the bot has no Teams conversation yet, so no serviceUrl and tenant are known'
  + ' (install the bot in a team or have anyone message it once)';

function home(reference: TeamsConversationReference, tenantId: string): ConversationHomeResult {
  const bot = reference.agent?.id ? { id: reference.agent.id, ...(reference.agent.name && { name: reference.agent.name }) } : undefined;
  return { home: { serviceUrl: reference.serviceUrl!, tenantId, ...(bot && { bot }) } };
}

/**
 * Chooses the serviceUrl and tenant for a new 1:1 chat from the stored conversation references.
 * With `configuredTenantId` (MICROSOFT_APP_TENANT_ID) a reference of that tenant is preferred,
 * else one that names no tenant; without it, the stored references must agree on one tenant —
 * a multi-tenant bot cannot tell which tenant a bare user id belongs to.
 *
 * @example
 * findConversationHome(await store.list(), undefined)
 * // { home: { serviceUrl: 'https://smba.trafficmanager.net/amer/', tenantId: '…', bot: { id: '28:…' } } }
 */
export function findConversationHome(references: TeamsConversationReference[], configuredTenantId?: string): ConversationHomeResult {
  const teams = references.filter((r) => !!r.serviceUrl && (r.channelId ?? 'msteams') === 'msteams');
  if (configuredTenantId) {
    const found = teams.find((r) => r.conversation?.tenantId === configuredTenantId) ?? teams.find((r) => !r.conversation?.tenantId);
    return found ? home(found, configuredTenantId) : { reason: teams.length ? `no Teams conversation of tenant ${configuredTenantId} is known yet` : NEVER_INSTALLED };
  }
  const withTenant = teams.filter((r) => !!r.conversation?.tenantId);
  const tenants = new Set(withTenant.map((r) => r.conversation.tenantId));
  if (tenants.size > 1) return { reason: `the bot is in ${tenants.size} Teams tenants; set MICROSOFT_APP_TENANT_ID to the users' tenant` };
  const [first] = withTenant;
  if (!first) return { reason: teams.length ? 'no stored Teams conversation names its tenant; set MICROSOFT_APP_TENANT_ID' : NEVER_INSTALLED };
  return home(first, first.conversation.tenantId!);
}
