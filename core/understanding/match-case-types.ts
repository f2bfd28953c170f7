import type { CaseType } from '../knowledge/schema/case-type-schema.js';
import { ENGLISH_STOP, stripQuestionWords } from './question-words.js';
import { TermIndex } from './term-index.js';

/** A case type the message may be about, with a confidence in 0..1. */
export interface CaseTypeCandidate {
  caseType: CaseType;
  score: number;
  confidence: number;
  matched: string;
}

/** Below this a candidate is not worth naming (about one specific bigram). */
const MIN_SCORE = 1.5;

export interface CaseTypeMatcher {
  match(text: string): CaseTypeCandidate[];
}

/** "Without a licence" has many spellings; fold them into one token before stemming. */
const NO_LICENCE = /\b(unlicen[cs]ed|unpermitted|unauthori[sz]ed|without (an? )?(valid )?(licen[cs]e|permit|certificate)|no (licen[cs]e|permit|certificate))\b/g;

/** Lower-cased content words, crudely stemmed to 5 letters (operating/operation → opera). */
function englishWords(text: string): string[] {
  const folded = text.toLowerCase().replace(NO_LICENCE, ' nolicence ');
  return (folded.match(/[a-z]{3,}/g) ?? []).filter((w) => !ENGLISH_STOP.has(w)).map((w) => w.slice(0, 5));
}

/**
 * Builds a matcher over names, aliases and keywords (Chinese by bigram IDF, English by word overlap
 * with `nameEn`). Confidence combines how well the best term is covered and the lead over the runner-up.
 */
export function createCaseTypeMatcher(caseTypes: readonly CaseType[]): CaseTypeMatcher {
  const index = new TermIndex(caseTypes.map((c) => ({ name: [c.name], alias: c.aliases, keyword: c.keywords })));
  const english = caseTypes.map((c) => new Set(englishWords(c.nameEn)));
  return {
    match(text) {
      const cleaned = stripQuestionWords(text);
      const hits = index.search(cleaned).filter((h) => h.score >= MIN_SCORE);
      const words = englishWords(text);
      if (hits.length === 0 && words.length > 0) return matchEnglish(words, english, caseTypes);
      const top = hits[0]?.score ?? 0;
      return hits.slice(0, 5).map((h, i) => ({
        caseType: caseTypes[h.entry]!,
        score: h.score,
        matched: h.bestTerm,
        confidence: confidence(h.coverage, h.score, i === 0 ? (hits[1]?.score ?? 0) : top),
      }));
    },
  };
}

function confidence(coverage: number, score: number, rival: number): number {
  const lead = score / (score + rival);
  return Math.min(1, coverage * (0.5 + lead) * Math.min(1, score / 4));
}

/** English: IDF-weighted overlap of stemmed words with each English name. */
function matchEnglish(words: string[], english: Set<string>[], caseTypes: readonly CaseType[]): CaseTypeCandidate[] {
  const idf = (w: string) => Math.log(1 + english.length / Math.max(1, english.filter((s) => s.has(w)).length));
  const query = [...new Set(words)];
  const possible = query.reduce((s, w) => s + idf(w), 0);
  return english
    .map((set, i) => ({ i, score: query.filter((w) => set.has(w)).reduce((s, w) => s + idf(w), 0), size: set.size }))
    .filter((x) => x.score >= 2.5)
    .sort((a, b) => b.score - a.score || a.size - b.size)
    .slice(0, 5)
    .map((x) => ({ caseType: caseTypes[x.i]!, score: x.score, matched: '', confidence: Math.min(1, x.score / Math.max(possible, 1)) }))
    // Most of what was typed must be explained by the name; one shared word ("drop") is not a match.
    .filter((c) => c.confidence >= 0.35);
}
