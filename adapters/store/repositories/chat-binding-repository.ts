import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../database.js';
import type { ChatBindingsTable } from '../tables/runtime-tables.js';
import { personFromJson, personToJson, type PersonRef } from './person-ref.js';
import { repositoryContext, type RepositoryContext, type RepositoryOptions } from './repository-options.js';

/** A group chat bound to a unit. */
export interface ChatBinding {
  platform: string;
  conversationId: string;
  unitId: string;
  boundBy: PersonRef | null;
  updatedAt: string;
}

/** `chat_bindings`: which unit a group chat belongs to (upsert: rebinding moves the chat). */
export class ChatBindingRepository {
  private readonly ctx: RepositoryContext;

  constructor(private readonly db: Kysely<Database>, options: RepositoryOptions = {}) {
    this.ctx = repositoryContext(options);
  }

  /** Binds (or rebinds) a chat to a unit. */
  async bind(input: { platform: string; conversationId: string; unitId: string; boundBy?: PersonRef }): Promise<void> {
    const at = this.ctx.nowIso();
    const boundBy = input.boundBy ? personToJson(input.boundBy) : null;
    await this.db.insertInto('chat_bindings')
      .values({ platform: input.platform, conversation_id: input.conversationId, unit_id: input.unitId, bound_by: boundBy, updated_at: at })
      .onConflict((oc) => oc.columns(['platform', 'conversation_id'])
        .doUpdateSet({ unit_id: input.unitId, bound_by: boundBy, updated_at: at }))
      .execute();
  }

  /** The unit a chat is bound to, or undefined. */
  async unitOf(platform: string, conversationId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('chat_bindings').select('unit_id')
      .where('platform', '=', platform).where('conversation_id', '=', conversationId).executeTakeFirst();
    return row?.unit_id;
  }

  /** The chats bound to a unit. */
  async forUnit(unitId: string): Promise<ChatBinding[]> {
    const rows = await this.db.selectFrom('chat_bindings').selectAll()
      .where('unit_id', '=', unitId).orderBy('platform').orderBy('conversation_id').execute();
    return rows.map(toBinding);
  }

  /** Removes a binding; true when there was one. */
  async unbind(platform: string, conversationId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('chat_bindings')
      .where('platform', '=', platform).where('conversation_id', '=', conversationId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

function toBinding(row: Selectable<ChatBindingsTable>): ChatBinding {
  return {
    platform: row.platform, conversationId: row.conversation_id, unitId: row.unit_id,
    boundBy: personFromJson(row.bound_by), updatedAt: row.updated_at,
  };
}
