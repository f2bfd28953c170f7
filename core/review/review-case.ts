import type { Checklist, ChecklistItem } from '../knowledge/schema/checklist-schema.js';
import { ConditionSet, factsIn } from '../rules/evaluate-conditions.js';

/** One checklist item's outcome for a case record. */
export interface ReviewResult {
  item: ChecklistItem;
  /** finding: the item fails; passed: checked and fine; unknown: facts missing; not-applicable. */
  outcome: 'finding' | 'passed' | 'unknown' | 'not-applicable';
  /** Facts the record lacks for this item. */
  missingFacts: string[];
}

export interface CaseReview {
  checklist: Checklist;
  results: ReviewResult[];
  findings: ReviewResult[];
  /** Sum of points of deduction findings; any veto finding fails the file. */
  deducted: number;
  vetoed: boolean;
}

const engines = new WeakMap<Checklist, ConditionSet>();

function engineFor(list: Checklist): ConditionSet {
  let set = engines.get(list);
  if (!set) {
    set = new ConditionSet(list.items.flatMap((i) => [
      { name: `fails:${i.id}`, conditions: i.failsWhen },
      ...(i.appliesWhen ? [{ name: `applies:${i.id}`, conditions: i.appliesWhen }] : []),
    ]));
    engines.set(list, set);
  }
  return set;
}

function outcomeOf(item: ChecklistItem, record: Record<string, unknown>, holding: Set<string>): ReviewResult {
  const missing = (cond: unknown) => factsIn(cond).filter((f) => record[f] === undefined);
  if (item.appliesWhen) {
    const gaps = missing(item.appliesWhen);
    if (!holding.has(`applies:${item.id}`)) return { item, outcome: gaps.length ? 'unknown' : 'not-applicable', missingFacts: gaps };
  }
  if (holding.has(`fails:${item.id}`)) return { item, outcome: 'finding', missingFacts: [] };
  const gaps = missing(item.failsWhen);
  return { item, outcome: gaps.length ? 'unknown' : 'passed', missingFacts: gaps };
}

/**
 * Runs a review checklist (法制审核, 案件审理, 案卷评查) over a case record's facts.
 * Items whose facts the record lacks are reported as unknown, never as passed.
 */
export async function reviewCase(checklist: Checklist, record: Record<string, unknown>): Promise<CaseReview> {
  const holding = await engineFor(checklist).holding(record);
  const results = checklist.items.map((item) => outcomeOf(item, record, holding));
  const findings = results.filter((r) => r.outcome === 'finding');
  return {
    checklist,
    results,
    findings,
    deducted: findings.reduce((s, f) => s + (f.item.severity === 'deduction' ? (f.item.points ?? 0) : 0), 0),
    vetoed: findings.some((f) => f.item.severity === 'veto'),
  };
}
