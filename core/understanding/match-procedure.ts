import type { ProcedureAnswer } from '../knowledge/schema/procedure-answer-schema.js';
import { chineseBigrams } from './segment.js';

export interface ProcedureCandidate {
  answer: ProcedureAnswer;
  score: number;
}

/** A keyword prepared once: Chinese text to look for, or English words that must all appear. */
type Keyword = { zh: string } | { en: string[] };

function prepare(keyword: string): Keyword {
  const k = keyword.toLowerCase();
  return /^[a-z][a-z\s-]*$/.test(k) ? { en: k.split(/\s+/) } : { zh: keyword };
}

const hasWord = (words: Set<string>, p: string) => words.has(p) || words.has(`${p}s`) || (p.endsWith('s') && words.has(p.slice(0, -1)));

/** Keyword weight: a contained Chinese keyword counts by its length (longer is more specific, max 4); English words count 2 each. */
function keywordScore(k: Keyword, text: string, enWords: Set<string>): number {
  if ('zh' in k) return text.includes(k.zh) ? Math.min(4, k.zh.length) : 0;
  return enWords.size > 0 && k.en.every((p) => hasWord(enWords, p)) ? 2 * k.en.length : 0;
}

/** Matches questions against procedure answers; built once per knowledge set. */
export type ProcedureMatcher = (text: string) => ProcedureCandidate[];

/**
 * Procedure answers for a question, best first: keywords contained in the message, plus how much
 * of the answer's own question the message shares (bigram overlap).
 */
export function createProcedureMatcher(answers: readonly ProcedureAnswer[]): ProcedureMatcher {
  const prepared = answers.map((answer) => ({ answer, keywords: answer.keywords.map(prepare), grams: [...new Set(chineseBigrams(answer.question))] }));
  return (text) => {
    const enWords = new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
    const grams = new Set(chineseBigrams(text));
    return prepared
      .map(({ answer, keywords, grams: q }) => {
        const kw = keywords.reduce((s, k) => s + keywordScore(k, text, enWords), 0);
        const overlap = q.length ? q.filter((g) => grams.has(g)).length / q.length : 0;
        return { answer, score: kw + 4 * overlap };
      })
      .filter((c) => c.score >= 3)
      .sort((a, b) => b.score - a.score);
  };
}
