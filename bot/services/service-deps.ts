import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../adapters/store/database.js';
import type { Repositories } from '../../adapters/store/repositories/index.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { Knowledge } from '../../core/knowledge/knowledge.js';
import type { Understander } from '../../core/understanding/create-understander.js';
import type { Directory } from '../config/directory.js';
import type { JobRunner } from '../delivery/job-runner.js';

/** What the case and notice services work with. Built once in bot/app; tests build it on SQLite. */
export interface ServiceDeps {
  db: Kysely<Database>;
  repos: Repositories;
  knowledge: Knowledge;
  understand: Understander;
  calendar: WorkingCalendar;
  directory: Directory;
  runner: JobRunner;
  now: () => Date;
  /** After a case's events change: recompute its deadlines and remind soon (bot/reminders). */
  onCaseChanged: (caseId: string) => Promise<void>;
  logger?: Logger;
}
