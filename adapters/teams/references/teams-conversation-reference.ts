import type { ConversationReference } from '@microsoft/agents-activity';

/**
 * Where and as whom to post into one Teams conversation later: `serviceUrl`, `channelId`,
 * `conversation` (id, type, tenant), the bot and the last user. Plain JSON, so a database
 * store can keep it as a document. It stays inside adapters/ (a platform type).
 */
export type TeamsConversationReference = ConversationReference;
