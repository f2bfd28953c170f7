import { Command } from 'commander';
import { registerAsk } from './commands/ask.js';
import { registerDeadlines } from './commands/deadlines.js';
import { registerDeliveries } from './commands/deliveries.js';
import { registerKnowledge } from './commands/knowledge-check.js';
import { registerServe } from './commands/serve.js';
import { registerWorker } from './commands/worker.js';

/** The `casebot` command line; each command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('casebot')
    .description('casebot: evidence, deadlines and review checks for transport law-enforcement cases')
    .showHelpAfterError();
  for (const register of [registerServe, registerWorker, registerAsk, registerDeadlines, registerKnowledge, registerDeliveries]) register(program);
  return program;
}
