import type { Knowledge } from '../knowledge/knowledge.js';
import { detectIntent } from './detect-intent.js';
import { findFacts } from './find-facts.js';
import { createCaseTypeMatcher } from './match-case-types.js';
import { createDeadlineRuleMatcher } from './match-deadline-rules.js';
import { createEventFinder, pairEventDates } from './match-events.js';
import { createProcedureMatcher } from './match-procedure.js';
import { detectLocale, normalizeText } from './normalize-text.js';
import { parseCaseNumber } from './parse-case-number.js';
import { parseDates } from './parse-dates.js';
import type { Understanding } from './understanding.js';

/** Reads messages against one knowledge set. Build once; `understand` is cheap. */
export type Understander = (text: string, today: string) => Understanding;

/**
 * @example
 * const understand = createUnderstander(knowledge);
 * understand('2026年1月5日立案，最晚哪天作出处罚决定', '2026-11-25').intent // 'deadlines'
 */
export function createUnderstander(knowledge: Knowledge): Understander {
  const caseTypes = createCaseTypeMatcher(knowledge.caseTypes);
  const findEvents = createEventFinder(knowledge.events);
  const matchProcedure = createProcedureMatcher(knowledge.procedure);
  const matchRules = createDeadlineRuleMatcher(knowledge.deadlineRules);
  return (raw, today) => {
    const text = normalizeText(raw);
    const dates = parseDates(text, today);
    const partial = {
      text,
      locale: detectLocale(text),
      caseTypes: caseTypes.match(text),
      procedure: matchProcedure(text),
      dates,
      events: pairEventDates(findEvents(text), dates),
      rules: matchRules(text),
      caseNumber: parseCaseNumber(text),
      facts: findFacts(text, knowledge.facts),
    };
    return { ...partial, intent: detectIntent(partial) };
  };
}
