import { deadlinesAnswer, rulesAnswer } from '../../core/answers/deadlines-answer.js';
import { computeDeadlines } from '../../core/deadlines/compute-deadlines.js';
import type { Reply } from '../../core/reply/reply.js';
import type { Understanding } from '../../core/understanding/understanding.js';
import type { RouterContext } from './router-context.js';

/** At most this many general periods when the question names none precisely. */
const MAX_GENERAL_RULES = 4;

/**
 * With dated events: the due dates they start, the rules the question named first.
 * Without dates: the general periods the question names (办案期限, 听证申请 …).
 */
export function answerDeadlines(u: Understanding, ctx: RouterContext): Reply {
  const { knowledge } = ctx;
  if (u.events.length === 0) {
    const rules = u.rules.length ? u.rules.slice(0, MAX_GENERAL_RULES) : knowledge.deadlineRules.filter((r) => r.trigger === 'filed').slice(0, MAX_GENERAL_RULES);
    return rulesAnswer(rules, knowledge.events, u.locale, u.caseTypes[0]?.caseType.name);
  }
  const dates = computeDeadlines({
    events: u.events.map((e) => ({ type: e.event.id, date: e.date })),
    rules: knowledge.deadlineRules,
    eventTypes: knowledge.events,
    calendar: ctx.calendar,
    now: ctx.today(),
    locale: u.locale,
  });
  const triggered = new Set(u.events.map((e) => e.event.id));
  const relevant = dates.filter((d) => triggered.has(d.trigger));
  return deadlinesAnswer(relevant.length ? relevant : dates, u.rules, u.locale);
}
