import type { BrokenCache } from './broken-cache.js';
import type { DeliveryRow } from '../../adapters/store/repositories/deliveries.js';
import type { DeliverySender, Receipt } from './delivery-sender.js';
import type { DeliveryStores } from './delivery-stores.js';
import type { DeliveryTarget } from './delivery-target.js';
import type { RateBudget } from './rate-budget.js';
import type { RateLimit } from './rate-limits.js';
import type { RetryPolicy } from './retry-policy.js';

/** Minimal logger (pino fits). */
export interface DeliveryLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Called once when a destination is marked broken, so services can alert the admins. */
export type OnBroken = (destination: DeliveryTarget, error: Error, info: { destinationKey: string; deliveryId: string }) => void | Promise<void>;

/** Called after a push arrived, with the platform's receipt (a notice's target becomes "delivered"). */
export type OnSent = (row: DeliveryRow, receipt: Receipt) => void | Promise<void>;

/** Called after each outcome (metrics). */
export type OnOutcome = (platform: string, outcome: 'sent' | 'retry' | 'failed' | 'broken' | 'dead' | 'deferred') => void;

/** What every runner needs to deliver one row; both runners build it the same way. */
export interface DeliveryContext extends DeliveryStores {
  sender: DeliverySender;
  budget: RateBudget;
  rateLimitFor: (target: DeliveryTarget) => RateLimit;
  retry: RetryPolicy;
  now: () => number;
  /** A send that takes longer counts as a transient failure (must stay below the outbox lease). */
  sendTimeoutMs: number;
  /** Broken marks, cached (see BrokenCache). */
  broken: BrokenCache;
  onBroken?: OnBroken;
  onSent?: OnSent;
  onOutcome?: OnOutcome;
  logger?: DeliveryLogger;
}

/** Options shared by both runners' constructors. */
export type DeliveryContextOptions = Omit<DeliveryContext, 'budget' | 'retry' | 'now' | 'sendTimeoutMs' | 'rateLimitFor' | 'broken'> &
  Partial<Pick<DeliveryContext, 'budget' | 'retry' | 'now' | 'sendTimeoutMs' | 'rateLimitFor'>>;
