import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/store/database.js';
import type { DeliveryJob } from './delivery-job.js';

/** Records something and says which pushes it makes; given a transaction by enqueueWith. */
export type Decide<T> = (db: Kysely<Database>) => Promise<{ jobs: DeliveryJob[]; recorded: T }>;

/** Result of an enqueue: which ids were new (a repeated id is ignored, never sent twice). */
export interface EnqueueResult {
  inserted: string[];
  ignored: string[];
}

/**
 * The job runner contract both modes implement (default: outbox-runner; scaled: bullmq-runner).
 * tests/delivery/runner-contract.ts checks it.
 */
export interface JobRunner {
  /**
   * Durable before it returns: the delivery rows are inserted in one transaction, insert-or-ignore
   * by id. Never blocks on the queue back end (scaled mode hands jobs to Redis best-effort; the
   * reconciler covers what did not make it).
   */
  enqueue(jobs: DeliveryJob[]): Promise<EnqueueResult>;
  /**
   * Runs `decide` in a transaction and writes the jobs it returns in that same transaction: the
   * pushes and the record that decided them (a notice and its targets, the sweep's reminder
   * claims) commit together or not at all. Returns what `decide` recorded.
   */
  enqueueWith<T>(decide: Decide<T>): Promise<{ result: EnqueueResult; recorded: T }>;
  /** Begins delivering (and running periodic tasks). */
  start(): Promise<void>;
  /** Stops taking work, waits for sends in flight, releases connections. */
  stop(): Promise<void>;
  /** Resolves when no delivery is pending any more (tests, benches); rejects after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<void>;
  /**
   * Runs `fn` every `everyMs`, once across the cluster (the reminder sweep). Register before or
   * after start(); a failing run is logged and the next one still happens.
   */
  schedulePeriodic(name: string, everyMs: number, fn: () => Promise<void>): Promise<void>;
  /** Hands rows that were set back to pending (`deliveries retry`) to the runner again. */
  resubmit(ids: string[]): Promise<void>;
}
