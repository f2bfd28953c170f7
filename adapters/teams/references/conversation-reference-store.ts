import type { TeamsConversationReference } from './teams-conversation-reference.js';

/**
 * Keeps the latest conversation reference per Teams conversation so later features
 * (reminders, notices) can post proactively. This one has an in-memory implementation;
 * a database one implements the same three methods.
 *
 * @example
 * await store.save(reference);
 * const ref = await store.get('19:abc@thread.tacv2');
 * if (ref) await sendProactive(adapter, ref, reply);
 */
export interface ConversationReferenceStore {
  /** Stores `reference` as the latest for its `conversation.id`, replacing any older one. */
  save(reference: TeamsConversationReference): Promise<void>;
  get(conversationId: string): Promise<TeamsConversationReference | undefined>;
  list(): Promise<TeamsConversationReference[]>;
}
