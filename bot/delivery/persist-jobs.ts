import type { DeliveriesRepository } from '../../adapters/store/repositories/deliveries.js';
import { jobsToRows } from './delivery-codec.js';
import type { DeliveryJob } from './delivery-job.js';
import type { DeliveryStores } from './delivery-stores.js';
import type { Decide, EnqueueResult } from './job-runner.js';

/**
 * Runs `decide` and writes the jobs it returns as pending delivery rows, auditing the new ones,
 * all in one transaction (insert-or-ignore by id). After it returns the push survives any crash.
 */
export async function persistJobs<T>(
  decide: Decide<T>, deps: DeliveryStores & { now: () => number },
): Promise<{ result: EnqueueResult; recorded: T; jobs: DeliveryJob[] }> {
  const { inserted, recorded, jobs } = await deps.transact(async (stores) => {
    const decided = await decide(stores.db);
    const byId = new Map(decided.jobs.map((job) => [job.id, job]));
    return { ...decided, inserted: await insertAndAudit(stores, byId, deps.now()) };
  });
  const fresh = new Set(inserted);
  return { result: { inserted, ignored: jobs.map((j) => j.id).filter((id) => !fresh.has(id)) }, recorded, jobs };
}

/** A Decide that records nothing: the plain enqueue. */
export function justJobs(jobs: DeliveryJob[]): Decide<undefined> {
  return () => Promise.resolve({ jobs, recorded: undefined });
}

async function insertAndAudit(stores: DeliveryStores, byId: Map<string, DeliveryJob>, now: number): Promise<string[]> {
  const inserted = await stores.deliveries.insertPending(jobsToRows([...byId.values()]), now);
  await stores.audit.append(
    inserted.map((id) => {
      const job = byId.get(id)!;
      return {
        actor: job.actor ?? 'system',
        action: 'delivery.queued' as const,
        subject: `${job.subject.kind}:${job.subject.id}`,
        rule: job.rule ?? null,
        detail: { deliveryId: id, destination: job.destinationKey, platform: job.destination.platform, stage: job.stage, notBefore: job.notBefore?.toISOString() ?? null },
      };
    }),
  );
  return inserted;
}

/** Polls until no delivery is pending; for tests and benches. */
export async function waitUntilNoPending(deliveries: DeliveriesRepository, timeoutMs: number, pollMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await deliveries.countByStatus();
    if (counts.pending === 0) return;
    if (Date.now() > deadline) throw new Error(`deliveries still pending after ${timeoutMs} ms: ${counts.pending}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
