import type { ConversationReferenceStore } from './conversation-reference-store.js';
import type { TeamsConversationReference } from './teams-conversation-reference.js';

/** A process-local store: enough for one server and for tests; lost on restart. */
export class InMemoryConversationReferenceStore implements ConversationReferenceStore {
  private readonly byConversation = new Map<string, TeamsConversationReference>();

  async save(reference: TeamsConversationReference): Promise<void> {
    // A copy, so later changes to the turn's objects cannot alter what was stored.
    this.byConversation.set(reference.conversation.id, structuredClone(reference));
  }

  async get(conversationId: string): Promise<TeamsConversationReference | undefined> {
    const found = this.byConversation.get(conversationId);
    return found ? structuredClone(found) : undefined;
  }

  async list(): Promise<TeamsConversationReference[]> {
    return [...this.byConversation.values()].map((r) => structuredClone(r));
  }
}
