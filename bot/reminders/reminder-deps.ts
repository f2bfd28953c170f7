import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/store/database.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { Knowledge } from '../../core/knowledge/knowledge.js';
import type { Directory } from '../config/directory.js';
import type { JobRunner } from '../delivery/job-runner.js';

/** Minimal logger (pino fits). */
export interface ReminderLogger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/**
 * What the reminder sweep and the deadline recompute work with — a structural subset of the
 * services' ServiceDeps, so the app can pass that object as it is.
 */
export interface ReminderDeps {
  /** The record store (or a transaction). */
  db: Kysely<Database>;
  /** Deadline rules and event names for computeDeadlines. */
  knowledge: Pick<Knowledge, 'deadlineRules' | 'events'>;
  calendar: WorkingCalendar;
  /** Units with their group destinations, people with roles, quiet hours, time zone. */
  directory: Directory;
  /** Where reminder pushes go (outbox runner or BullMQ runner). */
  runner: Pick<JobRunner, 'enqueue' | 'enqueueWith'>;
  /** The clock; the sweep itself takes `now` as an argument. */
  now: () => Date;
  logger?: ReminderLogger;
}
