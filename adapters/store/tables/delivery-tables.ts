import type { ColumnType } from 'kysely';

/**
 * Times are epoch milliseconds: INTEGER in SQLite, BIGINT in PostgreSQL. node-postgres returns
 * BIGINT as a string unless told otherwise, so reads are typed `number | string` and the
 * repositories convert with Number().
 */
export type EpochMs = ColumnType<number | string, number, number>;
export type NullableEpochMs = ColumnType<number | string | null, number | null | undefined, number | null>;

/** Delivery lifecycle: pending (queued or retrying) → sent | failed | broken | dead. */
export type DeliveryStatusColumn = 'pending' | 'sent' | 'failed' | 'broken' | 'dead';

/** One push to one destination — the durable outbox and the delivery log in one row. */
export interface DeliveriesTable {
  /** sha1 of subject kind, subject id, stage and destination key (deterministic). */
  id: string;
  /** Secret-free key: rate-limit bucket and broken mark (a WeCom webhook is hashed). */
  destination_key: string;
  /** The target as JSON (holds a webhook URL: never logged). */
  destination: string;
  platform: string;
  /** DeliveryPayload as JSON. */
  payload: string;
  subject_kind: string;
  subject_id: string;
  stage: string;
  rule: string | null;
  actor: string | null;
  status: DeliveryStatusColumn;
  attempts: number;
  created_at: EpochMs;
  not_before: NullableEpochMs;
  /** When a runner may next try it (quiet hours, backoff, rate budget). */
  next_attempt_at: EpochMs;
  /** Outbox claims: the process holding it, and until when (a crashed process's claim expires). */
  lease_owner: string | null;
  leased_until: NullableEpochMs;
  /** Receipt as JSON: Slack ts, Teams activity id, WeCom errcode 0. */
  receipt: string | null;
  last_error: string | null;
  sent_at: NullableEpochMs;
  updated_at: EpochMs;
}

/** Destinations marked broken after a permanent error (invalid webhook, revoked token). */
export interface DestinationStateTable {
  destination_key: string;
  platform: string;
  broken: ColumnType<number, number, number>;
  /** Error code and message of the failure that broke it. */
  reason: string | null;
  broken_at: NullableEpochMs;
  updated_at: EpochMs;
}

/** The tables this file contributes to the store's Database type. */
export interface DeliveryTables {
  deliveries: DeliveriesTable;
  destination_state: DestinationStateTable;
}
