import type { ProcedureAnswer } from '../knowledge/schema/procedure-answer-schema.js';
import { chineseBigrams } from './segment.js';

export interface ProcedureCandidate {
  answer: ProcedureAnswer;
  score: number;
}

/** Keyword weight: a contained keyword counts by its length (longer is more specific); English words count 2. */
function keywordScore(keyword: string, zhText: string, enWords: Set<string>): number {
  const k = keyword.toLowerCase();
  if (/^[a-z][a-z\s-]*$/.test(k)) {
    const parts = k.split(/\s+/);
    return parts.every((p) => enWords.has(p) || enWords.has(`${p}s`) || (p.endsWith('s') && enWords.has(p.slice(0, -1)))) ? 2 * parts.length : 0;
  }
  return zhText.includes(keyword) ? Math.min(4, keyword.length) : 0;
}

/**
 * Procedure answers for a question, best first: keywords contained in the message, plus how much
 * of the answer's own question the message shares (bigram overlap).
 */
export function matchProcedure(text: string, answers: readonly ProcedureAnswer[]): ProcedureCandidate[] {
  const enWords = new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
  const grams = new Set(chineseBigrams(text));
  return answers
    .map((answer) => {
      const kw = answer.keywords.reduce((s, k) => s + keywordScore(k, text, enWords), 0);
      const qGrams = new Set(chineseBigrams(answer.question));
      const shared = [...qGrams].filter((g) => grams.has(g)).length;
      const overlap = qGrams.size ? shared / qGrams.size : 0;
      return { answer, score: kw + 4 * overlap };
    })
    .filter((c) => c.score >= 3)
    .sort((a, b) => b.score - a.score);
}
