#!/usr/bin/env node
import { BotError } from '../../core/errors/bot-error.js';
import { CliError } from './cli-error.js';
import { buildProgram } from './program.js';

/** Expected failures (bad config, bad knowledge, bad option) print one clear message; bugs print the stack. */
function report(err: unknown): void {
  if (err instanceof CliError || err instanceof BotError) {
    process.stderr.write(`casebot: ${err.message}\n`);
    process.exitCode = err instanceof CliError ? err.exitCode : 1;
    return;
  }
  process.stderr.write(`casebot: unexpected error\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}

buildProgram().parseAsync(process.argv).catch(report);
