import type { Command } from 'commander';
import pino from 'pino';
import type { IncomingMessage } from '../../../core/message/incoming-message.js';
import { renderText } from '../../../core/reply/render-text.js';
import { createRuntime } from '../../app/create-runtime.js';
import { loadConfig } from '../../config/load-config.js';
import { loadKnowledge } from '../../knowledge/load-knowledge.js';
import { createRouter } from '../../router/create-router.js';
import { parseNow } from '../parse-now.js';

/**
 * `casebot ask "<text>"`: one message through the whole router the console uses — questions and
 * commands (登记案件 …) against the deployment's records; pushes it causes are queued durably and
 * delivered by the running server or workers. Prints the plain-text replies.
 */
export function registerAsk(program: Command): void {
  program
    .command('ask')
    .description('ask one question (or give one command) and print the reply the console would give')
    .argument('<text...>', 'the question, e.g. "黑车拉客要哪些证据"')
    .option('--user <id>', 'user id the message comes from (as in CASEBOT_CONFIG people ids.cli)', 'cli')
    .option('--now <date>', 'answer as of this date (YYYY-MM-DD); default today')
    .action(async (words: string[], opts: { user: string; now?: string }) => {
      const now = parseNow(opts.now);
      const config = loadConfig();
      const knowledge = loadKnowledge(config.knowledgeDir);
      const runtime = await createRuntime({ config, logger: pino({ level: 'silent' }), knowledge, now: () => now, runWorkers: false });
      try {
        const handler = createRouter({ knowledge, now: () => now, timezone: config.directory.timezone, commands: runtime.commands, help: runtime.help });
        const message: IncomingMessage = {
          id: `cli-${Date.now()}`, platform: 'cli', conversation: { id: opts.user, kind: 'direct' },
          user: { id: opts.user }, text: words.join(' '), sentAt: now.toISOString(),
        };
        const replies = await handler(message);
        process.stdout.write(`${replies.map(renderText).join('\n\n')}\n`);
      } finally {
        await runtime.stop();
      }
    });
}
