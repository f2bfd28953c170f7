import { RateLimitError } from '../../core/errors/rate-limit-error.js';
import { TransientDeliveryError } from '../../core/errors/transient-delivery-error.js';
import { UnrecoverableDeliveryError } from '../../core/errors/unrecoverable-delivery-error.js';
import type { DeliveryPayload } from './delivery-job.js';
import type { DeliverySender, Receipt } from './delivery-sender.js';
import { destinationKey, type DeliveryTarget } from './delivery-target.js';

/** One push the fake accepted. */
export interface RecordedSend {
  deliveryId: string;
  destinationKey: string;
  destination: DeliveryTarget;
  payload: DeliveryPayload;
  at: number;
}

/** A programmed failure for one destination: `times` sends fail, then sends succeed again. */
export type ProgrammedFailure =
  | { kind: 'transient'; times: number }
  | { kind: 'permanent'; times?: number }
  | { kind: 'rate-limit'; times: number; retryAfterMs: number };

/**
 * A fake DeliverySender for tests and benches: it stores what would have been sent, can be told to
 * fail per destination, and can add latency. Nothing leaves the process.
 */
export class RecordingSender implements DeliverySender {
  readonly sent: RecordedSend[] = [];
  /** Every call, successful or not, by destination key (to check that only one destination waited). */
  readonly calls: { destinationKey: string; at: number; outcome: string }[] = [];
  private readonly failures = new Map<string, ProgrammedFailure>();
  private counter = 0;

  constructor(private readonly options: { latencyMs?: number; now?: () => number } = {}) {}

  /** Makes the next sends to `target` fail as programmed. */
  failNext(target: DeliveryTarget | string, failure: ProgrammedFailure): void {
    this.failures.set(typeof target === 'string' ? target : destinationKey(target), { ...failure });
  }

  /** Sends recorded for one destination. */
  sentTo(target: DeliveryTarget | string): RecordedSend[] {
    const key = typeof target === 'string' ? target : destinationKey(target);
    return this.sent.filter((s) => s.destinationKey === key);
  }

  async send(destination: DeliveryTarget, payload: DeliveryPayload, context: { deliveryId: string }): Promise<Receipt> {
    const key = destinationKey(destination);
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
    const at = this.options.now?.() ?? Date.now();
    const failure = this.takeFailure(key);
    this.calls.push({ destinationKey: key, at, outcome: failure?.kind ?? 'sent' });
    if (failure) throw toError(failure);
    this.sent.push({ deliveryId: context.deliveryId, destinationKey: key, destination, payload, at });
    return fakeReceipt(destination.platform, ++this.counter);
  }

  private takeFailure(key: string): ProgrammedFailure | undefined {
    const failure = this.failures.get(key);
    if (!failure) return undefined;
    if (failure.times !== undefined) {
      failure.times -= 1;
      if (failure.times <= 0) this.failures.delete(key);
    }
    return failure;
  }
}

function toError(failure: ProgrammedFailure): Error {
  if (failure.kind === 'transient') return new TransientDeliveryError('fake: system busy', -1);
  if (failure.kind === 'permanent') return new UnrecoverableDeliveryError('fake: invalid webhook url', 93000);
  return new RateLimitError('fake: api freq out of limit', failure.retryAfterMs);
}

/** Receipts shaped like each platform's: Slack ts, Teams activity id, WeCom errcode 0. */
function fakeReceipt(platform: string, n: number): Receipt {
  if (platform === 'slack') return { platform, ts: `1700000000.${String(n).padStart(6, '0')}` };
  if (platform === 'teams') return { platform, id: `1:fake-activity-${n}` };
  if (platform === 'wecom-robot') return { platform, errcode: 0 };
  return { platform, id: `fake-${n}` };
}
