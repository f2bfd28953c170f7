import { procedureAnswer } from '../../core/answers/procedure-answer.js';
import type { Reply } from '../../core/reply/reply.js';
import type { Understanding } from '../../core/understanding/understanding.js';

/** The best procedure answer, with close runners-up listed as related questions. */
export function answerProcedure(u: Understanding): Reply {
  const [top, ...rest] = u.procedure;
  if (!top) throw new Error('answerProcedure needs a procedure candidate');
  const related = rest.filter((c) => c.score >= top.score * 0.6).slice(0, 2).map((c) => c.answer);
  return procedureAnswer(top.answer, u.locale, related);
}
