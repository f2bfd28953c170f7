import type { DeliveryPayload } from './delivery-job.js';
import type { DeliveryTarget } from './delivery-target.js';

/**
 * The platform's proof that a push arrived: Slack `ts`, Teams activity id, WeCom `errcode: 0`
 * (robots return no message id; the app API returns `msgid`). The web console has no push
 * channel: its receipt is `{ platform: 'console' }` and the sent delivery row itself is the
 * entry in the console user's inbox (GET /api/console/inbox).
 */
export interface Receipt {
  /** 'slack' | 'teams' | 'wecom-robot' | 'wecom-app' | 'console'. */
  platform: string;
  /** Teams activity id, WeCom app msgid. */
  id?: string;
  /** Slack message timestamp. */
  ts?: string;
  /** Slack channel the message landed in. */
  channel?: string;
  /** WeCom errcode (0 on success). */
  errcode?: number;
}

/**
 * Sends one rendered push. Implementations map platform errors at their boundary:
 * RateLimitError (slow down, with retryAfterMs), UnrecoverableDeliveryError (invalid webhook,
 * revoked token: stop and mark the destination broken), TransientDeliveryError (retry with backoff).
 * Any other error is treated as transient.
 */
export interface DeliverySender {
  send(destination: DeliveryTarget, payload: DeliveryPayload, context: { deliveryId: string }): Promise<Receipt>;
}
