import type { Command } from 'commander';
import { CliError } from '../cli-error.js';

/** `casebot worker`: the scaled-mode job worker. Not built yet; it says so instead of idling. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('process queued jobs in scaled mode (BullMQ on Redis)')
    .action(() => {
      throw new CliError('casebot worker: scaled mode arrives with issue 4; run `casebot serve` for now');
    });
}
