import type { Command } from 'commander';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import { renderText } from '../../../core/reply/render-text.js';
import { knowledgeDirFromEnv } from '../../config/load-config.js';
import { loadKnowledge } from '../../knowledge/load-knowledge.js';
import { createRouter } from '../../router/create-router.js';
import { parseNow } from '../parse-now.js';

/** `casebot ask "<text>"`: one message through the same router the console uses; plain-text replies. */
export function registerAsk(program: Command): void {
  program
    .command('ask')
    .description('ask one question and print the reply the console would give')
    .argument('<text...>', 'the question, e.g. "黑车拉客要哪些证据"')
    .option('--user <id>', 'user id the message comes from', 'cli')
    .option('--now <date>', 'answer as of this date (YYYY-MM-DD); default today')
    .action(async (words: string[], opts: { user: string; now?: string }) => {
      const now = parseNow(opts.now);
      const handler = createRouter({ knowledge: loadKnowledge(knowledgeDirFromEnv()), now: () => now });
      const message: IncomingMessage = {
        id: `cli-${Date.now()}`, platform: 'cli', conversation: { id: opts.user, kind: 'direct' },
        user: { id: opts.user }, text: words.join(' '), sentAt: now.toISOString(),
      };
      const replies = await handler(message);
      process.stdout.write(`${replies.map(renderText).join('\n\n')}\n`);
    });
}
