import type { CaseFact } from '../knowledge/schema/case-fact-schema.js';

const NEGATION = /(没有|无|未|不|非)$/;

/**
 * Boolean case facts stated in a message through their phrases (有违法所得 → illegalIncome: true).
 * A phrase right after a negation (没有违法所得) sets the fact false.
 */
export function findFacts(text: string, facts: readonly CaseFact[]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const fact of facts) {
    if (fact.type !== 'boolean') continue;
    for (const phrase of fact.phrases) {
      const at = text.indexOf(phrase);
      if (at < 0) continue;
      out[fact.id] = !(NEGATION.test(text.slice(Math.max(0, at - 2), at)) && !NEGATION.test(phrase));
      break;
    }
  }
  return out;
}
