import type { DeadlineRule } from '../knowledge/schema/deadline-rule-schema.js';

/**
 * Rules started by an event: those whose trigger is `eventId`, chained ones included (their
 * trigger is the chain's first event), in knowledge order.
 *
 * @example rulesForEvent(knowledge.deadlineRules, 'served').map((r) => r.id);
 * // ['fine-payment', 'surcharge-start', …, 'litigation-period', 'court-enforcement-application']
 */
export function rulesForEvent(rules: readonly DeadlineRule[], eventId: string): DeadlineRule[] {
  return rules.filter((r) => r.trigger === eventId);
}

/** A rule found for a question, with how well it matched. */
export interface RuleMatch {
  rule: DeadlineRule;
  /** Sum of the lengths of the matched words; longer, more specific words weigh more. */
  score: number;
  matched: string[];
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Rules whose keywords (or title) occur in the question, best first.
 *
 * @example
 * findRulesByKeywords(rules, '超限的案子几天内要结')[0].rule.id; // 'decision-period' (几天内要结 outweighs 超限)
 * findRulesByKeywords(rules, ['听证', '申请']);                  // words joined, then matched the same way
 */
export function findRulesByKeywords(rules: readonly DeadlineRule[], query: string | readonly string[], limit = 5): RuleMatch[] {
  const text = normalize(typeof query === 'string' ? query : query.join(' '));
  if (!text) return [];
  const matches: RuleMatch[] = [];
  for (const rule of rules) {
    const words = [...new Set([...rule.keywords, rule.title, rule.titleEn].map(normalize))];
    const matched = words.filter((w) => w.length > 0 && text.includes(w));
    if (matched.length) matches.push({ rule, matched, score: matched.reduce((sum, w) => sum + [...w].length, 0) });
  }
  return matches.sort((a, b) => b.score - a.score).slice(0, limit);
}
