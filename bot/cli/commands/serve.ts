import type { Command } from 'commander';
import { createApp } from '../../app/create-app.js';

/** `casebot serve`: the HTTP server with every configured channel, until SIGTERM/SIGINT. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP server (web console, chat platform endpoints, health, metrics)')
    .action(async () => {
      const app = await createApp({ handleSignals: true });
      const address = await app.start();
      app.logger.info({ address }, `casebot listening; console at ${address}/`);
    });
}
