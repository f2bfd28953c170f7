import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/store/database.js';
import { inTransaction } from '../../adapters/store/in-transaction.js';
import { AuditLog } from '../../adapters/store/repositories/audit-log.js';
import type { DeliveryAuditEntry, DeliveryAuditLog } from './delivery-audit.js';

/** Delivery audit entries into the store's append-only audit_log, a batch in one transaction. */
export class StoreDeliveryAuditLog implements DeliveryAuditLog {
  constructor(private readonly db: Kysely<Database>) {}

  async append(entries: DeliveryAuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await inTransaction(this.db, async (trx) => {
      const log = new AuditLog(trx);
      for (const entry of entries) {
        await log.append({ actor: entry.actor, action: entry.action, subject: entry.subject, ...(entry.rule && { rule: entry.rule }), detail: entry.detail });
      }
    });
  }
}
