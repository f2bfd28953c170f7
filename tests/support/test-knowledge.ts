import { loadKnowledge } from '../../bot/knowledge/load-knowledge.js';
import { defaultKnowledgeDir } from '../../bot/paths.js';
import type { Knowledge } from '../../core/knowledge/knowledge.js';

let cached: Knowledge | undefined;

/** The real knowledge folder, loaded once per test file. */
export function testKnowledge(): Knowledge {
  return (cached ??= loadKnowledge(defaultKnowledgeDir()));
}
