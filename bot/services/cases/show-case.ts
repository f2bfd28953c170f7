import type { CaseWithEvents } from '../../../adapters/store/repositories/case-records.js';
import { reviewAnswer } from '../../../core/answers/review-answer.js';
import type { Reply } from '../../../core/reply/reply.js';
import { reviewCase } from '../../../core/review/review-case.js';
import type { ServiceDeps } from '../service-deps.js';
import { caseDueDates } from './case-due-dates.js';
import { caseReply } from './case-replies.js';
import { caseReviewFacts } from './case-review-facts.js';

/** 案件 <案号>: the case's deadlines, then what a 案件审理 review finds from its recorded events. */
export async function showCase(deps: ServiceDeps, record: CaseWithEvents): Promise<Reply[]> {
  const replies = [caseReply(record, caseDueDates(deps, record), deps.knowledge, `案件 ${record.caseNo}`)];
  const checklist = deps.knowledge.checklists.find((c) => c.id === 'case-review');
  if (checklist) {
    const review = await reviewCase(checklist, caseReviewFacts(record, deps.calendar));
    replies.push(reviewAnswer(review, 'zh', record.caseNo));
  }
  return replies;
}
