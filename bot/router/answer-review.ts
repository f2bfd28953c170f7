import { checklistAnswer } from '../../core/answers/review-answer.js';
import type { Reply } from '../../core/reply/reply.js';
import type { Understanding } from '../../core/understanding/understanding.js';
import type { RouterContext } from './router-context.js';

/** Which checklist a question names: 评查 → 案卷评查, 法制审核 → 法制审核, otherwise 案件审理. */
function checklistId(text: string): 'legal-review' | 'case-review' | 'file-evaluation' {
  if (/评查|file evaluation/i.test(text)) return 'file-evaluation';
  if (/法制审核|legal review/i.test(text)) return 'legal-review';
  return 'case-review';
}

/** The review checklist asked for. Findings over a registered case come with `案件 <案号>`. */
export function answerReview(u: Understanding, ctx: RouterContext): Reply {
  const list = ctx.knowledge.checklists.find((c) => c.id === checklistId(u.text)) ?? ctx.knowledge.checklists[0];
  if (!list) throw new Error('no review checklist in knowledge');
  return checklistAnswer(list, u.locale);
}
