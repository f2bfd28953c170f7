import type { DeliveryRow, NewDeliveryRow } from '../../adapters/store/repositories/deliveries.js';
import type { DeliveryJob, DeliveryPayload } from './delivery-job.js';
import type { Receipt } from './delivery-sender.js';
import type { DeliveryTarget } from './delivery-target.js';

/** A job as a new outbox row. */
export function jobToRow(job: DeliveryJob): NewDeliveryRow {
  return {
    id: job.id,
    destinationKey: job.destinationKey,
    destinationJson: JSON.stringify(job.destination),
    platform: job.destination.platform,
    payloadJson: JSON.stringify(job.payload),
    subjectKind: job.subject.kind,
    subjectId: job.subject.id,
    stage: job.stage,
    rule: job.rule ?? null,
    actor: job.actor ?? null,
    createdAt: job.createdAt.getTime(),
    notBefore: job.notBefore ? job.notBefore.getTime() : null,
  };
}

/** The target stored in a row. */
export function rowTarget(row: DeliveryRow): DeliveryTarget {
  return JSON.parse(row.destinationJson) as DeliveryTarget;
}

/** The payload stored in a row. */
export function rowPayload(row: DeliveryRow): DeliveryPayload {
  return JSON.parse(row.payloadJson) as DeliveryPayload;
}

/** The receipt stored in a row, if it was sent. */
export function rowReceipt(row: DeliveryRow): Receipt | undefined {
  return row.receiptJson ? (JSON.parse(row.receiptJson) as Receipt) : undefined;
}
