import type { Command } from 'commander';
import { createRuntime } from '../../app/create-runtime.js';
import { loadConfig } from '../../config/load-config.js';
import { loadKnowledge } from '../../knowledge/load-knowledge.js';
import { createLogger } from '../../logging/create-logger.js';
import { createMetrics } from '../../metrics/metrics.js';
import { CliError } from '../cli-error.js';

/**
 * `casebot worker`: a scaled-mode process that delivers pushes from the BullMQ queue and runs the
 * reminder sweep (once across the cluster, by a BullMQ job scheduler). Start as many as needed.
 */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('deliver queued pushes and run the reminder sweep (scaled mode: needs REDIS_URL)')
    .action(async () => {
      const config = loadConfig();
      if (!config.redisUrl) throw new CliError('casebot worker: set REDIS_URL (scaled mode); in default mode `casebot serve` delivers by itself');
      const logger = createLogger({ level: config.logLevel });
      const runtime = await createRuntime({ config, logger, knowledge: loadKnowledge(config.knowledgeDir), metrics: createMetrics(), now: () => new Date(), runWorkers: true });
      await runtime.start();
      logger.info('casebot worker started');
      const stop = (signal: string) => {
        logger.info({ signal }, 'worker stopping');
        runtime.stop().then(() => process.exit(0), (err: unknown) => { logger.error({ err }, 'worker stop failed'); process.exit(1); });
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
}
