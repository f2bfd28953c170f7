import { BrokenCache } from './broken-cache.js';
import type { DeliveryContext, DeliveryContextOptions } from './delivery-context.js';
import { MemoryRateBudget } from './memory-rate-budget.js';
import { rateLimitFor } from './rate-limits.js';
import { DEFAULT_RETRY_POLICY } from './retry-policy.js';

/** Platform sends are expected to answer well within this; a hung send is retried. */
export const DEFAULT_SEND_TIMEOUT_MS = 30_000;

/** Fills in the defaults shared by both runners. */
export function buildDeliveryContext(options: DeliveryContextOptions): DeliveryContext {
  return {
    ...options,
    budget: options.budget ?? new MemoryRateBudget(),
    retry: options.retry ?? DEFAULT_RETRY_POLICY,
    now: options.now ?? Date.now,
    sendTimeoutMs: options.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS,
    rateLimitFor: options.rateLimitFor ?? rateLimitFor,
    broken: new BrokenCache(options.destinations),
  };
}
