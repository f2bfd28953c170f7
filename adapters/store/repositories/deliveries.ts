import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../database.js';
import { inTransaction } from '../in-transaction.js';
import type { DeliveriesTable, DeliveryStatusColumn } from '../tables/delivery-tables.js';

/** A delivery as the application sees it; JSON columns still as text (the delivery layer parses them). */
export interface DeliveryRow {
  id: string;
  destinationKey: string;
  destinationJson: string;
  platform: string;
  payloadJson: string;
  subjectKind: string;
  subjectId: string;
  stage: string;
  rule: string | null;
  actor: string | null;
  status: DeliveryStatusColumn;
  attempts: number;
  createdAt: number;
  notBefore: number | null;
  nextAttemptAt: number;
  leaseOwner: string | null;
  receiptJson: string | null;
  lastError: string | null;
  sentAt: number | null;
  updatedAt: number;
}

/** A new pending delivery. */
export type NewDeliveryRow = Pick<
  DeliveryRow,
  'id' | 'destinationKey' | 'destinationJson' | 'platform' | 'payloadJson' | 'subjectKind' | 'subjectId' | 'stage' | 'rule' | 'actor' | 'createdAt' | 'notBefore'
>;

/** How a runner finishes its turn with a row. `owner` null: no lease to check (BullMQ holds the lock). */
export interface DeliveryUpdate {
  status: DeliveryStatusColumn;
  attempts?: number;
  nextAttemptAt?: number;
  receiptJson?: string | null;
  lastError?: string | null;
  sentAt?: number | null;
}

const INSERT_CHUNK = 500;

/**
 * Deliveries: the durable outbox (default mode) and the delivery log (both modes).
 * Every write that ends a runner's turn also clears its lease.
 */
export class DeliveriesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Inserts pending rows in one transaction; an id that exists is left as it is (a repeated
   * command sends nothing twice). Returns the ids that were new.
   */
  async insertPending(rows: NewDeliveryRow[], now: number): Promise<string[]> {
    if (rows.length === 0) return [];
    return inTransaction(this.db, async (trx) => {
      const inserted: string[] = [];
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        const values = rows.slice(i, i + INSERT_CHUNK).map((r) => toInsert(r, now));
        const result = await trx
          .insertInto('deliveries')
          .values(values)
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .execute();
        inserted.push(...result.map((r) => r.id));
      }
      return inserted;
    });
  }

  async get(id: string): Promise<DeliveryRow | undefined> {
    const row = await this.db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? fromRow(row) : undefined;
  }

  /**
   * Claims up to `limit` due rows for `owner` until now + leaseMs. A row whose lease expired (its
   * process crashed) is due again: at-least-once. The conditions are repeated in the UPDATE so two
   * claimers racing on PostgreSQL cannot both win a row.
   */
  async claimDue(owner: string, now: number, leaseMs: number, limit: number): Promise<DeliveryRow[]> {
    if (limit <= 0) return [];
    const due = this.db
      .selectFrom('deliveries')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<=', now)]))
      .orderBy('next_attempt_at')
      .limit(limit);
    const rows = await this.db
      .updateTable('deliveries')
      .set({ lease_owner: owner, leased_until: now + leaseMs })
      .where('id', 'in', due)
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<=', now)]))
      .returningAll()
      .execute();
    return rows.map(fromRow).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt);
  }

  /**
   * The earliest time a pending row can next be claimed: its next_attempt_at if unleased, or when
   * a lease runs out (a crashed process's claim).
   */
  async nextDueAt(now: number): Promise<number | undefined> {
    const free = await this.db
      .selectFrom('deliveries')
      .select((eb) => eb.fn.min('next_attempt_at').as('at'))
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<=', now)]))
      .executeTakeFirst();
    const leased = await this.db
      .selectFrom('deliveries')
      .select((eb) => eb.fn.min('leased_until').as('at'))
      .where('status', '=', 'pending')
      .where('leased_until', '>', now)
      .executeTakeFirst();
    const times = [free?.at, leased?.at].filter((t) => t !== null && t !== undefined).map(Number);
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  /** Puts a pending row back for later without counting an attempt (quiet hours, rate budget). */
  async defer(id: string, owner: string | null, until: number, now: number): Promise<void> {
    await this.owned(id, owner)
      .set({ next_attempt_at: until, lease_owner: null, leased_until: null, updated_at: now })
      .execute();
  }

  /** Records the end of a turn: sent, a retry (still pending) or a final failure. */
  async update(id: string, owner: string | null, change: DeliveryUpdate, now: number): Promise<boolean> {
    const result = await this.owned(id, owner)
      .set({
        status: change.status,
        ...(change.attempts !== undefined && { attempts: change.attempts }),
        ...(change.nextAttemptAt !== undefined && { next_attempt_at: change.nextAttemptAt }),
        ...(change.receiptJson !== undefined && { receipt: change.receiptJson }),
        ...(change.lastError !== undefined && { last_error: change.lastError }),
        ...(change.sentAt !== undefined && { sent_at: change.sentAt }),
        lease_owner: null,
        leased_until: null,
        updated_at: now,
      })
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Rows in the given states, oldest first. */
  async listByStatus(statuses: DeliveryStatusColumn[], limit = 1000): Promise<DeliveryRow[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('status', 'in', statuses)
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(fromRow);
  }

  /** Pending ids created before `before` (the BullMQ reconciler's input), oldest first. */
  async pendingIds(before: number, limit = 10_000): Promise<{ id: string; nextAttemptAt: number }[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .select(['id', 'next_attempt_at'])
      .where('status', '=', 'pending')
      .where('updated_at', '<', before)
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: r.id, nextAttemptAt: Number(r.next_attempt_at) }));
  }

  /** Rows for one subject (a notice's or broadcast's delivery status). */
  async listForSubject(kind: string, id: string): Promise<DeliveryRow[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('subject_kind', '=', kind)
      .where('subject_id', '=', id)
      .orderBy('created_at')
      .execute();
    return rows.map(fromRow);
  }

  /**
   * Sets finished-but-unsent rows back to pending with a fresh attempt budget. `ids` empty: every
   * failed, broken or dead row. Returns the ids reset.
   */
  async resetToPending(ids: string[], now: number): Promise<DeliveryRow[]> {
    let query = this.db
      .updateTable('deliveries')
      .set({ status: 'pending', attempts: 0, next_attempt_at: now, lease_owner: null, leased_until: null, updated_at: now })
      .where('status', 'in', ['failed', 'broken', 'dead']);
    if (ids.length > 0) query = query.where('id', 'in', ids);
    const rows = await query.returningAll().execute();
    return rows.map(fromRow);
  }

  /** Counts per status (for health, benches and `deliveries failed`). */
  async countByStatus(): Promise<Record<DeliveryStatusColumn, number>> {
    const rows = await this.db
      .selectFrom('deliveries')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('status')
      .execute();
    const counts: Record<DeliveryStatusColumn, number> = { pending: 0, sent: 0, failed: 0, broken: 0, dead: 0 };
    for (const r of rows) counts[r.status] = Number(r.n);
    return counts;
  }

  private owned(id: string, owner: string | null) {
    const query = this.db.updateTable('deliveries').where('id', '=', id).where('status', '=', 'pending');
    return owner === null ? query : query.where('lease_owner', '=', owner);
  }
}

function toInsert(r: NewDeliveryRow, now: number) {
  return {
    id: r.id,
    destination_key: r.destinationKey,
    destination: r.destinationJson,
    platform: r.platform,
    payload: r.payloadJson,
    subject_kind: r.subjectKind,
    subject_id: r.subjectId,
    stage: r.stage,
    rule: r.rule,
    actor: r.actor,
    status: 'pending' as const,
    attempts: 0,
    created_at: r.createdAt,
    not_before: r.notBefore,
    next_attempt_at: Math.max(r.createdAt, r.notBefore ?? 0),
    updated_at: now,
  };
}

function fromRow(r: Selectable<DeliveriesTable>): DeliveryRow {
  return {
    id: r.id,
    destinationKey: r.destination_key,
    destinationJson: r.destination,
    platform: r.platform,
    payloadJson: r.payload,
    subjectKind: r.subject_kind,
    subjectId: r.subject_id,
    stage: r.stage,
    rule: r.rule,
    actor: r.actor,
    status: r.status,
    attempts: Number(r.attempts),
    createdAt: Number(r.created_at),
    notBefore: r.not_before === null ? null : Number(r.not_before),
    nextAttemptAt: Number(r.next_attempt_at),
    leaseOwner: r.lease_owner,
    receiptJson: r.receipt,
    lastError: r.last_error,
    sentAt: r.sent_at === null ? null : Number(r.sent_at),
    updatedAt: Number(r.updated_at),
  };
}
