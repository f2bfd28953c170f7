import type { ConversationRefRepository } from '../../adapters/store/repositories/conversation-ref-repository.js';
import type { ConversationReferenceStore, TeamsConversationReference } from '../../adapters/teams/index.js';

/**
 * Teams conversation references in the record store, so proactive sends (reminders, notices)
 * survive restarts and work from any process of a scaled deployment.
 */
export class DbConversationReferenceStore implements ConversationReferenceStore {
  constructor(private readonly refs: ConversationRefRepository) {}

  save(reference: TeamsConversationReference): Promise<void> {
    return this.refs.upsert('teams', reference.conversation.id, reference);
  }

  async get(conversationId: string): Promise<TeamsConversationReference | undefined> {
    return (await this.refs.get('teams', conversationId))?.reference as TeamsConversationReference | undefined;
  }

  async list(): Promise<TeamsConversationReference[]> {
    return (await this.refs.list('teams')).map((r) => r.reference as TeamsConversationReference);
  }
}
