import { createRouter } from '../../bot/router/create-router.js';
import type { Reply } from '../../core/reply/reply.js';
import { renderText } from '../../core/reply/render-text.js';
import { testKnowledge } from './test-knowledge.js';

/** A fixed "now": Wednesday 2026-11-25 10:00 in Beijing. */
export const TEST_NOW = new Date('2026-11-25T02:00:00Z');

const router = createRouter({ knowledge: testKnowledge(), now: () => TEST_NOW });

/** Sends one console message through the real router; returns the replies and their joined text. */
export async function ask(text: string, userId = 'officer-1'): Promise<{ replies: Reply[]; text: string }> {
  const replies = await router({ id: `t-${Math.random()}`, platform: 'console', conversation: { id: userId, kind: 'direct' }, user: { id: userId }, text });
  return { replies, text: replies.map(renderText).join('\n') };
}
