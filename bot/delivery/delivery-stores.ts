import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/store/database.js';
import { inTransaction } from '../../adapters/store/in-transaction.js';
import { DeliveriesRepository } from '../../adapters/store/repositories/deliveries.js';
import { DestinationStateRepository } from '../../adapters/store/repositories/destination-state.js';
import type { DeliveryAuditLog } from './delivery-audit.js';
import { GroupCommit } from './group-commit.js';
import { StoreDeliveryAuditLog } from './store-audit-log.js';

/** The record-store side of delivery: rows, broken marks, audit. */
export interface DeliveryStores {
  /** The store handle these repositories write through (a transaction inside transact). */
  db: Kysely<Database>;
  deliveries: DeliveriesRepository;
  destinations: DestinationStateRepository;
  audit: DeliveryAuditLog;
  /**
   * Runs `fn` with stores bound to one transaction: a row's outcome and its audit entry land
   * together. Writes arriving together share one commit (see GroupCommit).
   */
  transact<T>(fn: (stores: DeliveryStores) => Promise<T>): Promise<T>;
}

/** Builds the delivery repositories over the store's db. */
export function createDeliveryStores(db: Kysely<Database>): DeliveryStores {
  const bound = (handle: Kysely<Database>): Omit<DeliveryStores, 'transact'> => ({
    db: handle,
    deliveries: new DeliveriesRepository(handle),
    destinations: new DestinationStateRepository(handle),
    audit: new StoreDeliveryAuditLog(handle),
  });
  // Inside a transaction, the stores of that transaction; outside, one transaction per batch.
  const inside = (trx: Kysely<Database>): DeliveryStores => ({ ...bound(trx), transact: (fn) => fn(inside(trx)) });
  const group = new GroupCommit<DeliveryStores>((fn) => inTransaction(db, (trx) => fn(inside(trx))));
  return { ...bound(db), transact: (fn) => group.run(fn) };
}
