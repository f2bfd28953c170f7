import type { DeliveryRow } from '../../adapters/store/repositories/deliveries.js';
import type { BrokenDestination } from '../../adapters/store/repositories/destination-state.js';
import { auditEntry } from './attempt-delivery.js';
import type { DeliveryStores } from './delivery-stores.js';

/** A delivery that did not arrive, as an operator sees it (no webhook URL, no payload). */
export interface ProblemDelivery {
  id: string;
  status: DeliveryRow['status'];
  destinationKey: string;
  platform: string;
  subject: string;
  stage: string;
  attempts: number;
  lastError: string | null;
  updatedAt: Date;
}

/** What `casebot deliveries failed` shows. */
export interface ProblemReport {
  deliveries: ProblemDelivery[];
  brokenDestinations: BrokenDestination[];
}

/** Failed (permanent error), broken (destination marked broken) and dead (retries used up) deliveries. */
export async function listProblemDeliveries(stores: DeliveryStores, limit = 200): Promise<ProblemReport> {
  const rows = await stores.deliveries.listByStatus(['failed', 'broken', 'dead'], limit);
  return {
    deliveries: rows.map((r) => ({
      id: r.id, status: r.status, destinationKey: r.destinationKey, platform: r.platform,
      subject: `${r.subjectKind}:${r.subjectId}`, stage: r.stage, attempts: r.attempts, lastError: r.lastError,
      updatedAt: new Date(r.updatedAt),
    })),
    brokenDestinations: await stores.destinations.listBroken(),
  };
}

/**
 * `casebot deliveries retry [ids…]`: sets failed/broken/dead deliveries (all, or the given ids)
 * back to pending with a fresh attempt budget, clears the broken mark of their destinations, and
 * hands them to the runner. Audited under `actor`.
 */
export async function retryDeliveries(
  stores: DeliveryStores, options: { ids?: string[]; actor: string; now?: () => number; resubmit?: (ids: string[]) => Promise<void> },
): Promise<{ reset: string[]; clearedDestinations: string[] }> {
  const now = (options.now ?? Date.now)();
  const rows = await stores.deliveries.resetToPending(options.ids ?? [], now);
  const keys = [...new Set(rows.map((r) => r.destinationKey))];
  await stores.destinations.clearBroken(keys, now);
  await stores.audit.append(rows.map((r) => ({ ...auditEntry(r, 'delivery.retry-requested', {}), actor: options.actor })));
  await options.resubmit?.(rows.map((r) => r.id));
  return { reset: rows.map((r) => r.id), clearedDestinations: keys };
}

/** Plain-text listing for the CLI. */
export function formatProblemReport(report: ProblemReport): string {
  if (report.deliveries.length === 0 && report.brokenDestinations.length === 0) return 'No failed deliveries.';
  const lines = report.deliveries.map(
    (d) => `${d.id}  ${d.status.padEnd(6)}  ${d.destinationKey}  ${d.subject} ${d.stage}  attempts=${d.attempts}  ${d.lastError ?? ''}`,
  );
  const broken = report.brokenDestinations.map((b) => `broken: ${b.destinationKey} since ${new Date(b.brokenAt).toISOString()} — ${b.reason ?? ''}`);
  return [...lines, ...broken].join('\n');
}
