import { chineseBigrams } from './segment.js';

/** One searchable phrase of an entry (a name, an alias, a keyword). */
interface Term {
  entry: number;
  text: string;
  /** Sum of the IDF of its bigrams: what a full match is worth. */
  total: number;
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
 * contained in the message add their IDF mass. IDF makes bigrams shared by many entries (运输, 车辆)
 * weak. An inverted index (bigram → terms) means a search only visits terms sharing a bigram.
 */
export class TermIndex {
  private readonly terms: Term[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly idf = new Map<string, number>();

  constructor(entries: { name: string[]; alias: string[]; keyword: string[] }[]) {
    const grams: string[][] = [];
    entries.forEach((e, entry) => {
      for (const role of ['name', 'alias', 'keyword'] as const) {
        for (const text of e[role]) {
          grams.push([...new Set(chineseBigrams(text))]);
          this.terms.push({ entry, text, total: 0, role });
        }
      }
    });
    const df = new Map<string, Set<number>>();
    grams.forEach((gs, i) => {
      for (const g of gs) {
        (df.get(g) ?? df.set(g, new Set()).get(g)!).add(this.terms[i]!.entry);
        (this.postings.get(g) ?? this.postings.set(g, []).get(g)!).push(i);
      }
    });
    for (const [g, set] of df) this.idf.set(g, Math.log(1 + entries.length / set.size));
    grams.forEach((gs, i) => { this.terms[i]!.total = gs.reduce((s, g) => s + this.idf.get(g)!, 0); });
  }

  /** Entries matching `text`, best first. An entry needs an identifying term to match at all. */
  search(text: string): TermMatch[] {
    const mass = new Map<number, number>();
    for (const g of new Set(chineseBigrams(text))) {
      const w = this.idf.get(g);
      if (w === undefined) continue;
      for (const t of this.postings.get(g)!) mass.set(t, (mass.get(t) ?? 0) + w);
    }
    const ident = new Map<number, TermMatch>();
    const lean = new Map<number, number>();
    for (const [i, m] of mass) {
      const t = this.terms[i]!;
      const coverage = m >= t.total - 1e-9 || text.includes(t.text) ? 1 : m / t.total;
      if (t.role === 'keyword') {
        if (coverage === 1) lean.set(t.entry, (lean.get(t.entry) ?? 0) + m);
        continue;
      }
      const score = coverage * coverage * m;
      const prev = ident.get(t.entry);
      if (!prev || score > prev.score) ident.set(t.entry, { entry: t.entry, score, bestTerm: t.text, coverage });
    }
    return [...ident.values()]
      .map((m) => ({ ...m, score: m.score + (lean.get(m.entry) ?? 0) }))
      .sort((a, b) => b.score - a.score);
  }
}
