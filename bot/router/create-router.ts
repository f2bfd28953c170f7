import type { Knowledge } from '../../core/knowledge/knowledge.js';
import type { MessageHandler } from './message-handler.js';

export interface RouterDeps {
  knowledge: Knowledge;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
}

/** PLACEHOLDER until the router lands: answers every message with a help title. Owned by the lead. */
export function createRouter(_deps: RouterDeps): MessageHandler {
  return async () => [{ kind: 'help', locale: 'zh', title: 'casebot 帮助：可查询证据、期限', sections: [], citations: [] }];
}
