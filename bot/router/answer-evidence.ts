import { clarifyAnswer } from '../../core/answers/clarify-answer.js';
import { evidenceAnswer } from '../../core/answers/evidence-answer.js';
import { evidenceFor } from '../../core/evidence/evidence-for.js';
import type { Reply } from '../../core/reply/reply.js';
import type { Understanding } from '../../core/understanding/understanding.js';

/** A runner-up this close to the best candidate makes the question ambiguous. */
const AMBIGUOUS_RATIO = 0.85;
/** Below this confidence casebot asks back instead of answering. */
const MIN_CONFIDENCE = 0.3;

/** The evidence card for the case type asked about, or a question back when it is not clear which. */
export async function answerEvidence(u: Understanding): Promise<Reply> {
  const [top, second] = u.caseTypes;
  if (!top) throw new Error('answerEvidence needs a case-type candidate');
  // A runner-up is a real rival only when it scores close AND is nearly as well covered:
  // 货车超载 touches 货运 types in passing, but names 超限 fully.
  const close = u.caseTypes.filter((c) => c.score >= top.score * AMBIGUOUS_RATIO && c.confidence >= top.confidence * 0.6);
  if ((second && close.length > 1) || top.confidence < MIN_CONFIDENCE) {
    return clarifyAnswer(close.length > 1 ? close : u.caseTypes, u.locale, u.locale === 'zh' ? ' 需要哪些证据' : ' evidence');
  }
  return evidenceAnswer(await evidenceFor(top.caseType, u.facts), u.locale);
}
