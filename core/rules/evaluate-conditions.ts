import { Engine } from 'json-rules-engine';
import type { TopCondition } from '../knowledge/schema/condition-schema.js';

/** Named conditions to evaluate together over one set of facts. */
export interface NamedCondition {
  name: string;
  conditions: TopCondition;
}

/**
 * A json-rules-engine engine for a fixed list of conditions, built once and run per fact set.
 * Undefined facts make a condition false (the engine's `allowUndefinedFacts`); callers that must
 * tell "false" from "unknown" check `factsIn` themselves.
 */
export class ConditionSet {
  private readonly engine: Engine;

  constructor(list: readonly NamedCondition[]) {
    this.engine = new Engine([], { allowUndefinedFacts: true });
    for (const { name, conditions } of list) {
      this.engine.addRule({ name, conditions: conditions as never, event: { type: name } });
    }
  }

  /** Names of the conditions that hold for `facts`. */
  async holding(facts: Record<string, unknown>): Promise<Set<string>> {
    const { events } = await this.engine.run({ ...facts });
    return new Set(events.map((e) => e.type));
  }
}

/** Fact names a condition tree reads. */
export function factsIn(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const n = node as Record<string, unknown>;
  if (typeof n.fact === 'string') return [n.fact];
  return [n.all, n.any, n.not].flatMap((child) => (Array.isArray(child) ? child.flatMap(factsIn) : factsIn(child)));
}
