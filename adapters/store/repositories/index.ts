import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { AuditLog } from './audit-log.js';
import { CaseEventRepository } from './case-event-repository.js';
import { CaseRepository } from './case-repository.js';
import { ChatBindingRepository } from './chat-binding-repository.js';
import { ConversationRefRepository } from './conversation-ref-repository.js';
import { NoticeRepository } from './notice-repository.js';
import { NoticeTargetRepository } from './notice-target-repository.js';
import { ReminderLogRepository } from './reminder-log-repository.js';
import type { RepositoryOptions } from './repository-options.js';

/** Every record repository over one handle (the store's db, or a transaction). */
export interface Repositories {
  cases: CaseRepository;
  caseEvents: CaseEventRepository;
  notices: NoticeRepository;
  noticeTargets: NoticeTargetRepository;
  conversationRefs: ConversationRefRepository;
  chatBindings: ChatBindingRepository;
  reminderLog: ReminderLogRepository;
  audit: AuditLog;
}

/**
 * Builds the repositories over `db`. Pass a transaction to group writes of several of them.
 * Query functions (openCasesPage, streamOpenCases, noticeStatus, outstandingTargets,
 * weeklySummary) take the db directly.
 */
export function createRepositories(db: Kysely<Database>, options: RepositoryOptions = {}): Repositories {
  return {
    cases: new CaseRepository(db, options),
    caseEvents: new CaseEventRepository(db, options),
    notices: new NoticeRepository(db, options),
    noticeTargets: new NoticeTargetRepository(db, options),
    conversationRefs: new ConversationRefRepository(db, options),
    chatBindings: new ChatBindingRepository(db, options),
    reminderLog: new ReminderLogRepository(db, options),
    audit: new AuditLog(db, options),
  };
}

export { consoleInbox, CONSOLE_INBOX_MAX, type ConsoleInboxItem } from './console-inbox.js';
