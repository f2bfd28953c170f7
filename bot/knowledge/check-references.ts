import type { Knowledge } from '../../core/knowledge/knowledge.js';
import type { TopCondition } from '../../core/knowledge/schema/condition-schema.js';
import { factsIn } from '../../core/rules/evaluate-conditions.js';
import { KnowledgeError } from './knowledge-error.js';

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/**
 * Cross-file checks zod cannot do alone: unique ids, conditions naming known facts,
 * deadline rules naming known events and rules.
 */
export function checkKnowledgeReferences(k: Knowledge): void {
  const problems: string[] = [];
  for (const [what, ids] of [
    ['case type', k.caseTypes.map((c) => c.id)],
    ['fact', k.facts.map((f) => f.id)],
    ['event', k.events.map((e) => e.id)],
    ['deadline rule', k.deadlineRules.map((r) => r.id)],
    ['procedure answer', k.procedure.map((p) => p.id)],
  ] as const) {
    for (const id of duplicates([...ids])) problems.push(`duplicate ${what} id "${id}"`);
  }
  const facts = new Set(k.facts.map((f) => f.id));
  const known = (cond: TopCondition | undefined, where: string) => {
    for (const fact of factsIn(cond)) if (!facts.has(fact)) problems.push(`${where}: unknown fact "${fact}" (add it to knowledge/facts/)`);
  };
  for (const c of k.caseTypes) for (const e of c.evidence) known(e.when, `case type ${c.id} evidence ${e.id}`);
  for (const list of k.checklists) {
    for (const item of list.items) {
      known(item.appliesWhen, `checklist ${list.id} item ${item.id}`);
      known(item.failsWhen, `checklist ${list.id} item ${item.id}`);
    }
  }
  const events = new Set(k.events.map((e) => e.id));
  const rules = new Set(k.deadlineRules.map((r) => r.id));
  for (const r of k.deadlineRules) {
    if (!events.has(r.trigger)) problems.push(`deadline rule ${r.id}: unknown trigger event "${r.trigger}"`);
    if (r.after && !rules.has(r.after)) problems.push(`deadline rule ${r.id}: unknown rule "${r.after}" in after`);
    if (r.satisfiedBy && !events.has(r.satisfiedBy)) problems.push(`deadline rule ${r.id}: unknown event "${r.satisfiedBy}" in satisfiedBy`);
  }
  if (problems.length) throw new KnowledgeError('knowledge/', problems);
}
