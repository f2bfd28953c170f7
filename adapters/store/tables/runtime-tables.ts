/** Runtime directory state learned from the platforms (not from CASEBOT_CONFIG). */

/** `conversation_refs`: a Teams conversation reference (JSON) kept for proactive sends. */
export interface ConversationRefsTable {
  platform: string;
  conversation_id: string;
  reference: string;
  updated_at: string;
}

/** `chat_bindings`: a group chat bound to a unit, so `收到 N-12` from it names the unit. */
export interface ChatBindingsTable {
  platform: string;
  conversation_id: string;
  unit_id: string;
  /** JSON of a PersonRef, or null when bound by configuration. */
  bound_by: string | null;
  updated_at: string;
}

/** The runtime directory tables. */
export interface RuntimeTables {
  conversation_refs: ConversationRefsTable;
  chat_bindings: ChatBindingsTable;
}
