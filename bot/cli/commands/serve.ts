import type { Command } from 'commander';
import { createApp } from '../../app/create-app.js';

/** `casebot serve`: the HTTP server with every configured channel, until SIGTERM/SIGINT. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP server (web console, chat platform endpoints, health, metrics)')
    .option('--no-workers', 'scaled mode: only enqueue pushes; separate `casebot worker` processes deliver them')
    .action(async (opts: { workers: boolean }) => {
      const app = await createApp({ handleSignals: true, runWorkers: opts.workers });
      const address = await app.start();
      app.logger.info({ address }, `casebot listening; console at ${address}/`);
    });
}
