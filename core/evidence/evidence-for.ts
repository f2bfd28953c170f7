import type { Citation } from '../citation/citation.js';
import { uniqueCitations } from '../citation/citation.js';
import type { CaseType, EvidenceItem } from '../knowledge/schema/case-type-schema.js';
import { ConditionSet, factsIn } from '../rules/evaluate-conditions.js';

/** A conditional item and whether the given facts make it required (undefined: facts not given). */
export interface ConditionalEvidence {
  item: EvidenceItem;
  applies: boolean | undefined;
}

/** The evidence checklist for one case type under the facts known so far. */
export interface EvidenceChecklist {
  caseType: CaseType;
  required: EvidenceItem[];
  conditional: ConditionalEvidence[];
  citations: Citation[];
  unverified: boolean;
}

const engines = new WeakMap<CaseType, ConditionSet>();

function engineFor(caseType: CaseType): ConditionSet {
  let set = engines.get(caseType);
  if (!set) {
    set = new ConditionSet(caseType.evidence.filter((e) => e.when).map((e) => ({ name: e.id, conditions: e.when! })));
    engines.set(caseType, set);
  }
  return set;
}

/**
 * Required and conditional evidence for a case type. Conditional items are decided by their
 * json-rules-engine condition over `facts`; an item whose facts were not given stays open.
 *
 * @example await evidenceFor(caseType, { illegalIncome: true })
 */
export async function evidenceFor(caseType: CaseType, facts: Record<string, unknown> = {}): Promise<EvidenceChecklist> {
  const conditional = caseType.evidence.filter((e) => e.when);
  const known = Object.keys(facts).length > 0;
  const holding = known && conditional.length > 0 ? await engineFor(caseType).holding(facts) : new Set<string>();
  const citations = uniqueCitations([
    ...caseType.violated.map((v) => v.citation),
    caseType.penalty.provision.citation,
    ...caseType.evidence.flatMap((e) => (e.citation ? [e.citation] : [])),
    ...caseType.citations,
  ]);
  return {
    caseType,
    required: caseType.evidence.filter((e) => !e.when),
    conditional: conditional.map((item) => ({
      item,
      applies: holding.has(item.id) ? true : factsIn(item.when).every((f) => f in facts) ? false : undefined,
    })),
    citations,
    unverified: citations.some((c) => !c.verified),
  };
}
