import { CloudAdapter, type ActivityHandler } from '@microsoft/agents-hosting';
import { buildAuthConfiguration, type TeamsCredentials } from './auth/build-auth-configuration.js';
import { handleRequest, type TeamsHttpRequest, type TeamsTurnResult } from './http/handle-request.js';
import type { ConversationReferenceStore } from './references/conversation-reference-store.js';
import { InMemoryConversationReferenceStore } from './references/in-memory-conversation-reference-store.js';
import { createAgent } from './turn/create-agent.js';
import type { TeamsMessageHandler } from './turn/turn-scope.js';

/** The SDK's bot identity for continueConversation: an app id or JWT claims. */
export type TeamsBotIdentity = Parameters<CloudAdapter['continueConversation']>[0];

/**
 * Settings for the Teams adapter: the Azure Bot registration (no `appId`: anonymous mode,
 * for local use only) and where conversation references are kept.
 */
export interface TeamsAdapterConfig extends TeamsCredentials {
  /** Default: an in-memory store. */
  references?: ConversationReferenceStore;
  /** Clock in ms, for HTTP-date Retry-After values; default Date.now. */
  now?: () => number;
}

/**
 * Microsoft Teams through the Microsoft 365 Agents SDK (`@microsoft/agents-hosting`, the
 * successor of the archived botbuilder; same Bot Framework protocol).
 *
 * @example
 * const teams = createTeamsAdapter({ appId: process.env.MICROSOFT_APP_ID });
 * const result = await teams.handle({ method: 'POST', headers, body }, handler);
 * // result.status / result.body go back to Teams; result.sent lists the replies delivered.
 */
export interface TeamsAdapter {
  readonly platform: 'teams';
  /** true when no app id is configured: requests are not authenticated (local use only). */
  readonly anonymous: boolean;
  readonly references: ConversationReferenceStore;
  /** Authenticates and processes one POST /api/messages. Never throws. */
  handle(request: TeamsHttpRequest, onMessage: TeamsMessageHandler): Promise<TeamsTurnResult>;
  /** The SDK adapter; for adapters/teams internals such as sendProactive. */
  readonly cloud: CloudAdapter;
  /** Who the bot is when it continues a conversation: its app id, or no audience when anonymous. */
  readonly botIdentity: TeamsBotIdentity;
  readonly now: () => number;
}

export function createTeamsAdapter(config: TeamsAdapterConfig = {}): TeamsAdapter {
  // validateServiceUrl: a token's `serviceurl` claim must name the activity's serviceUrl host,
  // so a valid token for one service cannot make the bot post to another (SDK default: warn only).
  const cloud = new CloudAdapter(buildAuthConfiguration(config), undefined, undefined, { validateServiceUrl: true });
  // Let failures reach our callers instead of the SDK's default, which posts an apology text.
  cloud.onTurnError = async (_ctx, err) => { throw err; };
  const references = config.references ?? new InMemoryConversationReferenceStore();
  const now = config.now ?? Date.now;
  const agent: ActivityHandler = createAgent(references, now);
  const appId = cloud.getClientId();
  return {
    platform: 'teams',
    anonymous: !appId,
    references,
    cloud,
    // The SDK requires a truthy identity; an empty one (no `aud`) makes its connector client anonymous.
    botIdentity: appId ?? {},
    now,
    handle: (request, onMessage) => handleRequest(cloud, agent, request, onMessage),
  };
}
