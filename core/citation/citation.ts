/**
 * A legal source behind a statement. Every legal fact casebot states carries one.
 *
 * @example
 * const c: Citation = { law: '中华人民共和国行政处罚法', article: '第六十条', source: 'LRB 行政法/行政处罚法(2021-01-22).md', verified: true };
 * formatCitation(c); // '《中华人民共和国行政处罚法》第六十条'
 */
export interface Citation {
  /** Short or full title of the law, regulation or rule, without book-title marks. */
  law: string;
  /** The article as the official text writes it, in Chinese numerals: 第六十条. */
  article?: string;
  /** Paragraph / item, e.g. 第二款, 第（一）项. */
  clause?: string;
  /** Where the fact was checked (a source key of legal-facts.md or a URL). */
  source: string;
  /** false: not confirmed against a primary text; replies flag it 待核实. */
  verified: boolean;
  /** Why it is unverified, or what it applies by analogy. */
  note?: string;
}

export function formatCitation(c: Citation): string {
  const mark = c.verified ? '' : '（待核实）';
  return `《${c.law}》${c.article ?? ''}${c.clause ?? ''}${mark}`;
}

/** Citations in first-seen order without repeats (same law, article and clause). */
export function uniqueCitations(list: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = `${c.law}|${c.article ?? ''}|${c.clause ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
