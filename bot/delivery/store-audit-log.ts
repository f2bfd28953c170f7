import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/store/database.js';
import { inTransaction } from '../../adapters/store/in-transaction.js';
import { appendAuditEntries } from '../../adapters/store/repositories/audit-batch.js';
import type { DeliveryAuditEntry, DeliveryAuditLog } from './delivery-audit.js';

/**
 * Delivery audit entries into the store's append-only audit_log, a batch in one transaction with
 * multi-row INSERTs: a broadcast or a daily sweep queues thousands of deliveries at once.
 */
export class StoreDeliveryAuditLog implements DeliveryAuditLog {
  constructor(private readonly db: Kysely<Database>, private readonly now: () => Date = () => new Date()) {}

  async append(entries: DeliveryAuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map((e) => ({ actor: e.actor, action: e.action, subject: e.subject, ...(e.rule && { rule: e.rule }), detail: e.detail }));
    await inTransaction(this.db, (trx) => appendAuditEntries(trx, rows, this.now().toISOString()));
  }
}
