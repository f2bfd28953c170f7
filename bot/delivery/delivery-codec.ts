import type { DeliveryRow, NewDeliveryRow } from '../../adapters/store/repositories/deliveries.js';
import type { DeliveryJob, DeliveryPayload } from './delivery-job.js';
import type { Receipt } from './delivery-sender.js';
import type { DeliveryTarget } from './delivery-target.js';

/**
 * Jobs as new outbox rows. A daily sweep queues thousands of jobs that share a few replies and
 * destinations (one reply to an officer and to their unit's groups), so each reply and each
 * destination is serialised once per batch.
 */
export function jobsToRows(jobs: readonly DeliveryJob[]): NewDeliveryRow[] {
  const json = new JsonOnce();
  return jobs.map((job) => jobToRow(job, json));
}

/** A job as a new outbox row, its JSON through the batch's `json`. */
function jobToRow(job: DeliveryJob, json: JsonOnce): NewDeliveryRow {
  return {
    id: job.id,
    destinationKey: job.destinationKey,
    destinationJson: json.of(job.destination),
    platform: job.destination.platform,
    payloadJson: payloadJson(job.payload, json),
    subjectKind: job.subject.kind,
    subjectId: job.subject.id,
    stage: job.stage,
    rule: job.rule ?? null,
    actor: job.actor ?? null,
    createdAt: job.createdAt.getTime(),
    notBefore: job.notBefore ? job.notBefore.getTime() : null,
  };
}

/** JSON.stringify(payload), with its reply serialised through `json` (keys in the same order). */
function payloadJson(payload: DeliveryPayload, json: JsonOnce): string {
  const { reply, mentions, ...other } = payload;
  if (Object.keys(other).length > 0) return JSON.stringify(payload);
  return `{"reply":${json.of(reply)}${mentions === undefined ? '' : `,"mentions":${JSON.stringify(mentions)}`}}`;
}

/** JSON.stringify remembered per object: the same object is serialised once. */
class JsonOnce {
  private readonly cache = new Map<object, string>();

  of(value: object): string {
    let text = this.cache.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      this.cache.set(value, text);
    }
    return text;
  }
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
