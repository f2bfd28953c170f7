import type { Logger } from 'pino';
import { helpAnswer } from '../../core/answers/help-answer.js';
import { notFoundAnswer } from '../../core/answers/not-found-answer.js';
import { createWorkingCalendar } from '../../core/calendar/create-working-calendar.js';
import { localDateOf } from '../../core/calendar/local-date.js';
import type { Knowledge } from '../../core/knowledge/knowledge.js';
import type { IncomingMessage } from '../../core/message/incoming-message.js';
import type { Reply } from '../../core/reply/reply.js';
import { createUnderstander } from '../../core/understanding/create-understander.js';
import { detectLocale } from '../../core/understanding/normalize-text.js';
import type { Understanding } from '../../core/understanding/understanding.js';
import { maskPersonalData } from '../logging/mask-personal-data.js';
import { answerDeadlines } from './answer-deadlines.js';
import { answerEvidence } from './answer-evidence.js';
import { answerProcedure } from './answer-procedure.js';
import { answerReview } from './answer-review.js';
import { AnswerCache } from './answer-cache.js';
import type { Command } from './command.js';
import type { MessageHandler } from './message-handler.js';
import type { RouterContext } from './router-context.js';

export interface RouterDeps {
  knowledge: Knowledge;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  timezone?: string;
  logger?: Logger;
  /** Typed commands tried before free text (cases, notices …). */
  commands?: Command[];
  /** Extra help sections describing those commands. */
  help?: { heading: string; items: string[] }[];
  /** Recent free-text answers kept (default 1 000); 0 turns the cache off (the core latency bench). */
  answerCacheSize?: number;
}

/** Longer messages are not read: nobody types a question this long, and it bounds the work per message. */
const MAX_TEXT = 2000;

function tooLong(text: string): Reply {
  const zh = detectLocale(text.slice(0, 200)) === 'zh';
  return {
    kind: 'error', locale: zh ? 'zh' : 'en', sections: [], citations: [],
    title: zh ? '消息太长了' : 'That message is too long',
    summary: zh ? `请把问题精简到 ${MAX_TEXT} 字以内，例如：“黑车拉客要哪些证据”。` : `Please keep questions under ${MAX_TEXT} characters.`,
  };
}

async function answer(u: Understanding, ctx: RouterContext, help: RouterDeps['help']): Promise<Reply> {
  switch (u.intent) {
    case 'help': {
      const domains = new Set(ctx.knowledge.caseTypes.map((c) => c.domain)).size;
      return helpAnswer(u.locale, { caseTypes: ctx.knowledge.caseTypes.length, domains }, u.locale === 'zh' ? help : []);
    }
    case 'evidence': return answerEvidence(u);
    case 'deadlines': return answerDeadlines(u, ctx);
    case 'procedure': return answerProcedure(u);
    case 'review': return answerReview(u, ctx);
    default: return notFoundAnswer(u.caseTypes, u.locale);
  }
}

/**
 * The conversation router: typed commands first, then free text → understanding (core) → an answer.
 * Questions it cannot place are logged (personal data masked) so the knowledge can grow.
 */
export function createRouter(deps: RouterDeps): MessageHandler {
  const tz = deps.timezone ?? 'Asia/Shanghai';
  const ctx: RouterContext = {
    knowledge: deps.knowledge,
    understand: createUnderstander(deps.knowledge),
    calendar: createWorkingCalendar(deps.knowledge.calendarYears),
    today: () => localDateOf(deps.now(), tz),
    logger: deps.logger,
  };
  const cache = new AnswerCache(deps.answerCacheSize ?? 1_000);
  return async (message: IncomingMessage) => {
    const text = (message.actionValue ?? message.text ?? '').trim();
    if (text.length > MAX_TEXT) return [tooLong(text)];
    for (const command of deps.commands ?? []) {
      const replies = await command.handle(message, text);
      if (replies) return replies;
    }
    const today = ctx.today();
    const cached = cache.get(today, text);
    if (cached) return cached;
    const u = ctx.understand(text, today);
    if (u.intent === 'unknown') ctx.logger?.info({ event: 'unanswered', platform: message.platform, text: maskPersonalData(u.text) }, 'question not understood');
    const replies = [await answer(u, ctx, deps.help)];
    cache.set(today, text, replies);
    return replies;
  };
}
