import type { DeadlineRule } from '../knowledge/schema/deadline-rule-schema.js';

/** Deadline rules whose keywords the message contains, most specific first. */
export function matchDeadlineRules(text: string, rules: readonly DeadlineRule[]): DeadlineRule[] {
  const lower = text.toLowerCase();
  return rules
    .map((rule) => ({ rule, score: rule.keywords.reduce((s, k) => (lower.includes(k.toLowerCase()) ? s + k.length : s), 0) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((x) => x.rule);
}
