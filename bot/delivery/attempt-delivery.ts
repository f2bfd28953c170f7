import type { DeliveryRow } from '../../adapters/store/repositories/deliveries.js';
import type { DeliveryStatusColumn } from '../../adapters/store/tables/delivery-tables.js';
import { BotError } from '../../core/errors/bot-error.js';
import { TransientDeliveryError } from '../../core/errors/transient-delivery-error.js';
import type { DeliveryAuditEntry } from './delivery-audit.js';
import { rowPayload, rowTarget } from './delivery-codec.js';
import type { DeliveryContext } from './delivery-context.js';
import type { Receipt } from './delivery-sender.js';
import type { DeliveryTarget } from './delivery-target.js';
import { decideAfterFailure } from './retry-policy.js';

/** What one turn with a pending row came to. */
export type AttemptResult =
  /** The row reached a final state (or already had one); it is recorded. */
  | { kind: 'done'; status: DeliveryStatusColumn }
  /** Not yet (quiet hours, rate budget): nothing sent, nothing counted; the caller reschedules. */
  | { kind: 'wait'; untilMs: number }
  /** The send failed and will be retried after `delayMs`; the row already says so. */
  | { kind: 'retry'; delayMs: number; error: Error };

/**
 * One turn with a delivery, shared by both runners: respect notBefore, skip broken destinations,
 * take from the destination's rate budget, send, and record the outcome in the delivery row and
 * the audit log. `owner` is the outbox lease holder (null under BullMQ, whose lock guards the job);
 * `returning` says the row was put off before and is back when it was told to come.
 */
export async function attemptDelivery(
  row: DeliveryRow, owner: string | null, ctx: DeliveryContext, turn: { returning?: boolean } = {},
): Promise<AttemptResult> {
  if (row.status !== 'pending') return { kind: 'done', status: row.status };
  const now = ctx.now();
  if (row.notBefore !== null && row.notBefore > now) return { kind: 'wait', untilMs: row.notBefore };
  const target = rowTarget(row);
  // The cache answers the common case; a cached mark is confirmed, as an admin may just have cleared it.
  const broken = (await ctx.broken.get(row.destinationKey, now)) && (await ctx.destinations.getBroken(row.destinationKey));
  if (broken) {
    const reason = `destination marked broken: ${broken.reason ?? 'unknown'}`;
    return finish(row, owner, ctx, 'broken', { lastError: reason }, { error: reason });
  }
  // The budget is taken at the last moment before the send, so its window matches the platform's.
  const takenAt = ctx.now();
  const waitMs = await ctx.budget.take(row.destinationKey, ctx.rateLimitFor(target), takenAt, turn);
  if (waitMs > 0) {
    ctx.onOutcome?.(row.platform, 'deferred');
    return { kind: 'wait', untilMs: takenAt + waitMs };
  }
  const attempts = row.attempts + 1;
  let receipt: Receipt;
  try {
    receipt = await withTimeout(ctx.sender.send(target, rowPayload(row), { deliveryId: row.id }), ctx.sendTimeoutMs);
  } catch (error) {
    return handleFailure(row, owner, target, attempts, asError(error), ctx);
  }
  const sentAt = ctx.now();
  const result = await finish(row, owner, ctx, 'sent', { attempts, receiptJson: JSON.stringify(receipt), sentAt, lastError: null }, { receipt });
  try {
    await ctx.onSent?.(row, receipt);
  } catch (hookError) {
    ctx.logger?.error({ err: describe(asError(hookError)), deliveryId: row.id }, 'onSent hook failed');
  }
  return result;
}

async function handleFailure(
  row: DeliveryRow, owner: string | null, target: DeliveryTarget, attempts: number, error: Error, ctx: DeliveryContext,
): Promise<AttemptResult> {
  const decision = decideAfterFailure(error, attempts, ctx.retry);
  const lastError = describe(error);
  if (decision.action === 'retry') {
    const now = ctx.now();
    if (decision.rateLimited) await ctx.budget.pause(row.destinationKey, now + decision.delayMs);
    await ctx.transact((s) => s.deliveries.update(row.id, owner, { status: 'pending', attempts, nextAttemptAt: now + decision.delayMs, lastError }, now));
    ctx.onOutcome?.(row.platform, 'retry');
    ctx.logger?.warn({ deliveryId: row.id, destination: row.destinationKey, attempts, delayMs: decision.delayMs, err: lastError }, 'delivery retry');
    return { kind: 'retry', delayMs: decision.delayMs, error };
  }
  if (decision.action === 'dead') {
    return finish(row, owner, ctx, 'dead', { attempts, lastError }, { error: lastError, attempts });
  }
  if (decision.action === 'rejected') {
    return finish(row, owner, ctx, 'failed', { attempts, lastError }, { error: lastError, attempts, rejected: true });
  }
  const brokenAt = ctx.now();
  await ctx.destinations.markBroken(row.destinationKey, row.platform, lastError, brokenAt);
  ctx.broken.remember({ destinationKey: row.destinationKey, platform: row.platform, reason: lastError, brokenAt });
  const result = await finish(row, owner, ctx, 'failed', { attempts, lastError }, { error: lastError, attempts });
  ctx.logger?.error({ deliveryId: row.id, destination: row.destinationKey, err: lastError }, 'destination broken');
  try {
    await ctx.onBroken?.(target, error, { destinationKey: row.destinationKey, deliveryId: row.id });
  } catch (hookError) {
    ctx.logger?.error({ err: describe(asError(hookError)) }, 'onBroken hook failed');
  }
  return result;
}

async function finish(
  row: DeliveryRow, owner: string | null, ctx: DeliveryContext, status: DeliveryStatusColumn,
  change: { attempts?: number; receiptJson?: string; sentAt?: number; lastError?: string | null }, detail: Record<string, unknown>,
): Promise<AttemptResult> {
  const updated = await ctx.transact(async (stores) => {
    // Not updated: our lease expired and another turn owns the row now; it records its own outcome.
    if (!(await stores.deliveries.update(row.id, owner, { status, ...change }, ctx.now()))) return false;
    await stores.audit.append([auditEntry(row, `delivery.${status}` as DeliveryAuditEntry['action'], detail)]);
    return true;
  });
  if (updated) ctx.onOutcome?.(row.platform, status as 'sent' | 'failed' | 'broken' | 'dead');
  return { kind: 'done', status };
}

/** The audit entry for a row: who caused the push, which rule, what happened. */
export function auditEntry(row: DeliveryRow, action: DeliveryAuditEntry['action'], detail: Record<string, unknown>): DeliveryAuditEntry {
  return {
    actor: row.actor ?? 'system',
    action,
    subject: `${row.subjectKind}:${row.subjectId}`,
    rule: row.rule,
    detail: { deliveryId: row.id, destination: row.destinationKey, platform: row.platform, stage: row.stage, ...detail },
  };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Code and message only: an error's cause may carry a request with secrets. */
function describe(error: Error): string {
  const code = error instanceof BotError ? error.code : error.name;
  const platformCode = (error as { platformCode?: unknown }).platformCode;
  return `${code}${platformCode !== undefined ? ` (${String(platformCode)})` : ''}: ${error.message}`.slice(0, 500);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransientDeliveryError(`send timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
