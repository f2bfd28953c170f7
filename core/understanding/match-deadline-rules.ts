import type { DeadlineRule } from '../knowledge/schema/deadline-rule-schema.js';

/** Finds the deadline rules a question names; built once per knowledge set. */
export type DeadlineRuleMatcher = (text: string) => DeadlineRule[];

/** Deadline rules whose keywords the message contains, most specific (longest keywords) first. */
export function createDeadlineRuleMatcher(rules: readonly DeadlineRule[]): DeadlineRuleMatcher {
  const prepared = rules.map((rule) => ({ rule, keywords: rule.keywords.map((k) => k.toLowerCase()) }));
  return (text) => {
    const lower = text.toLowerCase();
    return prepared
      .map(({ rule, keywords }) => ({ rule, score: keywords.reduce((s, k) => (lower.includes(k) ? s + k.length : s), 0) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((x) => x.rule);
  };
}
