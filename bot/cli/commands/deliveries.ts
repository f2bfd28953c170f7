import { resolve } from 'node:path';
import type { Command } from 'commander';
import { NotImplementedError } from '../../../core/errors/not-implemented-error.js';
import { openStore } from '../../../adapters/store/open-store.js';
import { formatProblemReport, listProblemDeliveries, retryDeliveries } from '../../delivery/deliveries-admin.js';
import { createDeliveryStores } from '../../delivery/delivery-stores.js';

/** The record store of this deployment: DATABASE_URL, else SQLite under DATA_DIR (default ./data). */
async function openDeploymentStore(env: NodeJS.ProcessEnv) {
  const store = await openStore({ dataDir: resolve(env.DATA_DIR ?? './data'), ...(env.DATABASE_URL && { databaseUrl: env.DATABASE_URL }) });
  await store.migrate();
  return store;
}

/**
 * In scaled mode the retried rows are handed to BullMQ at once (the workers' reconciler would
 * also find them, within a minute); in default mode the server's outbox runner sees them as due.
 */
async function resubmitter(env: NodeJS.ProcessEnv, stores: ReturnType<typeof createDeliveryStores>) {
  if (!env.REDIS_URL) return { resubmit: undefined, close: async () => undefined };
  const sender = { send: () => Promise.reject(new NotImplementedError('the CLI only enqueues')) };
  const { BullmqRunner } = await import('../../delivery/bullmq-runner.js');
  const runner = new BullmqRunner({ ...stores, sender, redisUrl: env.REDIS_URL, runWorkers: false });
  return { resubmit: (ids: string[]) => runner.resubmit(ids), close: () => runner.stop() };
}

/** `casebot deliveries failed|retry`: what did not arrive, and sending it again. */
export function registerDeliveries(program: Command, env: NodeJS.ProcessEnv = process.env): void {
  const deliveries = program.command('deliveries').description('push deliveries that failed, and re-sending them');
  deliveries
    .command('failed')
    .description('list failed, broken and dead deliveries and broken destinations')
    .option('--json', 'print as JSON')
    .option('--limit <n>', 'at most n deliveries', '200')
    .action(async (opts: { json?: boolean; limit: string }) => {
      const store = await openDeploymentStore(env);
      try {
        const report = await listProblemDeliveries(createDeliveryStores(store.db), Number(opts.limit));
        process.stdout.write(`${opts.json ? JSON.stringify(report) : formatProblemReport(report)}\n`);
      } finally {
        await store.close();
      }
    });
  deliveries
    .command('retry [ids...]')
    .description('send failed deliveries again (all, or the given ids) and clear their destinations\' broken mark')
    .option('--actor <who>', 'who asks, for the audit log', `cli:${env.USER ?? 'admin'}`)
    .action(async (ids: string[], opts: { actor: string }) => {
      const store = await openDeploymentStore(env);
      const stores = createDeliveryStores(store.db);
      const queue = await resubmitter(env, stores);
      try {
        const result = await retryDeliveries(stores, { ids, actor: opts.actor, ...(queue.resubmit && { resubmit: queue.resubmit }) });
        process.stdout.write(`${result.reset.length} deliveries queued again; ${result.clearedDestinations.length} destinations cleared\n`);
      } finally {
        await queue.close();
        await store.close();
      }
    });
}
