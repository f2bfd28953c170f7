import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { repositoryContext, type RepositoryContext, type RepositoryOptions } from './repository-options.js';

/** A stored conversation reference (opaque JSON the platform adapter understands). */
export interface ConversationRefRecord {
  platform: string;
  conversationId: string;
  reference: unknown;
  updatedAt: string;
}

/** `conversation_refs`: the latest reference per conversation, for Teams proactive sends. */
export class ConversationRefRepository {
  private readonly ctx: RepositoryContext;

  constructor(private readonly db: Kysely<Database>, options: RepositoryOptions = {}) {
    this.ctx = repositoryContext(options);
  }

  /** Stores or replaces the reference of a conversation. */
  async upsert(platform: string, conversationId: string, reference: unknown): Promise<void> {
    const at = this.ctx.nowIso();
    const json = JSON.stringify(reference);
    await this.db.insertInto('conversation_refs')
      .values({ platform, conversation_id: conversationId, reference: json, updated_at: at })
      .onConflict((oc) => oc.columns(['platform', 'conversation_id']).doUpdateSet({ reference: json, updated_at: at }))
      .execute();
  }

  /** The reference of a conversation, or undefined. */
  async get(platform: string, conversationId: string): Promise<ConversationRefRecord | undefined> {
    const row = await this.db.selectFrom('conversation_refs').selectAll()
      .where('platform', '=', platform).where('conversation_id', '=', conversationId).executeTakeFirst();
    return row
      ? { platform: row.platform, conversationId: row.conversation_id, reference: JSON.parse(row.reference), updatedAt: row.updated_at }
      : undefined;
  }

  /** Every stored reference of a platform. */
  async list(platform: string): Promise<ConversationRefRecord[]> {
    const rows = await this.db.selectFrom('conversation_refs').selectAll()
      .where('platform', '=', platform).orderBy('conversation_id').execute();
    return rows.map((row) => ({
      platform: row.platform, conversationId: row.conversation_id, reference: JSON.parse(row.reference), updatedAt: row.updated_at,
    }));
  }
}
