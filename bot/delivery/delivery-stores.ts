import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/store/database.js';
import { inTransaction } from '../../adapters/store/in-transaction.js';
import { DeliveriesRepository } from '../../adapters/store/repositories/deliveries.js';
import { DestinationStateRepository } from '../../adapters/store/repositories/destination-state.js';
import type { DeliveryAuditLog } from './delivery-audit.js';
import { StoreDeliveryAuditLog } from './store-audit-log.js';

/** The record-store side of delivery: rows, broken marks, audit. */
export interface DeliveryStores {
  deliveries: DeliveriesRepository;
  destinations: DestinationStateRepository;
  audit: DeliveryAuditLog;
  /** Runs `fn` with stores bound to one transaction: a row's outcome and its audit entry land together. */
  transact<T>(fn: (stores: DeliveryStores) => Promise<T>): Promise<T>;
}

/** Builds the delivery repositories over the store's db. */
export function createDeliveryStores(db: Kysely<Database>): DeliveryStores {
  return {
    deliveries: new DeliveriesRepository(db),
    destinations: new DestinationStateRepository(db),
    audit: new StoreDeliveryAuditLog(db),
    transact: (fn) => inTransaction(db, (trx) => fn(createDeliveryStores(trx))),
  };
}
