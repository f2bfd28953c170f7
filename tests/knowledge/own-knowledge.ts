import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from 'json-rules-engine';
import type { Knowledge } from '../../core/knowledge/knowledge.js';
import type { CaseType } from '../../core/knowledge/schema/case-type-schema.js';
import type { TopCondition } from '../../core/knowledge/schema/condition-schema.js';
import { loadKnowledge } from '../../bot/knowledge/load-knowledge.js';

/** Repository knowledge folder. */
export const KNOWLEDGE_DIR = join(import.meta.dirname, '..', '..', 'knowledge');

/**
 * The folders these tests cover (case types, facts, procedure, checklists). Events, deadlines and
 * the calendar are tested elsewhere; copying only ours keeps these tests independent of them.
 */
export const OWN_FOLDERS = ['case-types', 'facts', 'procedure', 'checklists'] as const;

/**
 * Copies our folders (or only the given paths under knowledge/, e.g. the facts and one case type)
 * into a fresh temp dir and returns its path.
 */
export function copyOwnKnowledge(paths: readonly string[] = OWN_FOLDERS): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebot-knowledge-'));
  for (const path of paths) cpSync(join(KNOWLEDGE_DIR, path), join(dir, path), { recursive: true });
  return dir;
}

let cached: Knowledge | undefined;
/** Loads (once) and validates our folders through the real loader. */
export function ownKnowledge(): Knowledge {
  cached ??= loadKnowledge(copyOwnKnowledge());
  return cached;
}

/** The case type for a legal-facts.md §9 row (C2, T4 …). */
export function byRef(ref: string): CaseType {
  const found = ownKnowledge().caseTypes.find((c) => c.ref === ref);
  if (!found) throw new Error(`no case type for ${ref}`);
  return found;
}

/** Whether a json-rules-engine condition holds over the given facts (undefined facts allowed). */
export async function holds(condition: TopCondition, facts: Record<string, unknown>): Promise<boolean> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({ conditions: condition as never, event: { type: 'hit' } });
  const { events } = await engine.run(facts);
  return events.length > 0;
}

const DIGITS = '零一二三四五六七八九';
/** Parses 第六十三条 / 第一百五十六条 / 第一千二百五十九条 into a number; NaN when malformed. */
export function articleNumber(article: string): number {
  const m = /^第(.+)条$/.exec(article);
  if (!m) return NaN;
  let total = 0;
  let current = 0;
  for (const ch of m[1]!) {
    const d = DIGITS.indexOf(ch);
    if (d >= 0) { current = d; continue; }
    const unit = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : 0;
    if (!unit) return NaN;
    total += (current || (unit === 10 ? 1 : NaN)) * unit;
    current = 0;
  }
  return total + current;
}

/** The official way of writing an article number (十一, 一百一十, 一百零一, 一千二百五十九). */
export function articleText(n: number): string {
  const d = (x: number) => DIGITS[x]!;
  const below100 = (x: number, lead: boolean) =>
    x < 10 ? d(x) : `${x < 20 && lead ? '' : d(Math.floor(x / 10))}十${x % 10 ? d(x % 10) : ''}`;
  const below1000 = (x: number, lead: boolean): string => {
    if (x < 100) return below100(x, lead);
    const r = x % 100;
    return `${d(Math.floor(x / 100))}百${r === 0 ? '' : r < 10 ? `零${d(r)}` : below100(r, false)}`;
  };
  if (n < 1000) return `第${below1000(n, true)}条`;
  const r = n % 1000;
  return `第${d(Math.floor(n / 1000))}千${r === 0 ? '' : r < 100 ? `零${below1000(r, false)}` : below1000(r, false)}条`;
}
