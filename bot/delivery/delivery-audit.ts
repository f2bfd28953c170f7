/** One audit entry about a push: who caused it, which rule, what happened (time is added by the log). */
export interface DeliveryAuditEntry {
  actor: string;
  action: 'delivery.queued' | 'delivery.sent' | 'delivery.failed' | 'delivery.broken' | 'delivery.dead' | 'delivery.retry-requested';
  subject: string;
  rule: string | null;
  detail: Record<string, unknown>;
}

/** Where the runners write audit entries (the store's audit log in production). */
export interface DeliveryAuditLog {
  append(entries: DeliveryAuditEntry[]): Promise<void>;
}

/** Keeps entries in memory; for tests that do not look at the store. */
export class MemoryDeliveryAuditLog implements DeliveryAuditLog {
  readonly entries: DeliveryAuditEntry[] = [];
  async append(entries: DeliveryAuditEntry[]): Promise<void> {
    this.entries.push(...entries);
  }
}
