import { chineseBigrams } from './segment.js';

/** One searchable phrase of an entry (a name, an alias, a keyword) and its bigrams. */
interface Term {
  entry: number;
  text: string;
  grams: string[];
  /** 'name' and 'alias' terms identify an entry; 'keyword' terms only lean towards it. */
  role: 'name' | 'alias' | 'keyword';
}

export interface TermMatch {
  entry: number;
  score: number;
  /** The best identifying term and how much of it the message covers (0..1). */
  bestTerm: string;
  coverage: number;
}

/**
 * Fuzzy phrase index over Chinese text. Scores an entry by its best identifying term:
 * coverage² × IDF mass, so a fully typed alias beats a long name touched in passing; keywords
 * contained in the message add their IDF mass. IDF makes bigrams shared by many entries (运输, 车辆) weak.
 */
export class TermIndex {
  private readonly terms: Term[] = [];
  private idf = new Map<string, number>();

  constructor(entries: { name: string[]; alias: string[]; keyword: string[] }[]) {
    entries.forEach((e, entry) => {
      for (const role of ['name', 'alias', 'keyword'] as const) {
        for (const text of e[role]) this.terms.push({ entry, text, grams: unique(chineseBigrams(text)), role });
      }
    });
    const df = new Map<string, Set<number>>();
    for (const t of this.terms) for (const g of t.grams) (df.get(g) ?? df.set(g, new Set()).get(g)!).add(t.entry);
    for (const [g, set] of df) this.idf.set(g, Math.log(1 + entries.length / set.size));
  }

  /** Entries matching `text`, best first. An entry needs an identifying term to match at all. */
  search(text: string): TermMatch[] {
    const grams = new Set(chineseBigrams(text));
    const ident = new Map<number, TermMatch>();
    const lean = new Map<number, number>();
    for (const t of this.terms) {
      const { mass, total } = this.overlap(t.grams, grams);
      if (mass === 0) continue;
      const coverage = text.includes(t.text) ? 1 : mass / total;
      if (t.role === 'keyword') {
        if (coverage === 1) lean.set(t.entry, (lean.get(t.entry) ?? 0) + mass);
        continue;
      }
      const score = coverage * coverage * mass;
      const prev = ident.get(t.entry);
      if (!prev || score > prev.score) ident.set(t.entry, { entry: t.entry, score, bestTerm: t.text, coverage });
    }
    return [...ident.values()]
      .map((m) => ({ ...m, score: m.score + (lean.get(m.entry) ?? 0) }))
      .sort((a, b) => b.score - a.score);
  }

  private overlap(termGrams: string[], grams: Set<string>): { mass: number; total: number } {
    let mass = 0;
    let total = 0;
    for (const g of termGrams) {
      const w = this.idf.get(g) ?? 0;
      total += w;
      if (grams.has(g)) mass += w;
    }
    return { mass, total };
  }
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
