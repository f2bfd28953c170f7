/** The record store: open it, migrate it, use the repositories and queries. */
export { openStore, type OpenStoreOptions } from './open-store.js';
export type { Store } from './store.js';
export type { Database, StoreDialect } from './database.js';
export { inTransaction } from './in-transaction.js';
export { IllegalTransitionError, RecordNotFoundError } from './store-errors.js';
export { MigrationError } from './run-migrations.js';
export { createRepositories, type Repositories } from './repositories/index.js';
export type { RepositoryOptions } from './repositories/repository-options.js';
export { personKey, type PersonRef } from './repositories/person-ref.js';
export * from './repositories/case-records.js';
export type { NewCase, RegisteredCase } from './repositories/case-repository.js';
export type { RecordedEvent } from './repositories/case-event-repository.js';
export { openCasesPage, streamOpenCases, DEFAULT_SWEEP_BATCH, type OpenCasePage, type SweepCase } from './repositories/open-case-sweep.js';
export type {
  NoticeRecord, NoticeTargetRecord, NoticeWithTargets, NoticeAcknowledgementRecord,
} from './repositories/notice-records.js';
export type { NewNotice } from './repositories/notice-repository.js';
export type { Acknowledged } from './repositories/notice-target-repository.js';
export { normalizeNoticeRef, NOTICE_REF_PREFIX } from './repositories/notice-ref.js';
export { targetProgress, type TargetProgress } from './repositories/target-progress.js';
export {
  noticeStatus, outstandingTargets,
  type NoticeStatusFilter, type NoticeStatusView, type TargetStatusView, type OutstandingTarget,
} from './repositories/notice-status-queries.js';
export { weeklySummary, type WeeklySummary, type UnitSummary, type SummaryRange } from './repositories/weekly-summary.js';
export { reminderKey, type ReminderIdentity, type ReminderLogEntry } from './repositories/reminder-log-repository.js';
export type { AuditEntry, NewAuditEntry, AuditQuery } from './repositories/audit-log.js';
export type { ChatBinding } from './repositories/chat-binding-repository.js';
export type { ConversationRefRecord } from './repositories/conversation-ref-repository.js';
export type { CaseStatus } from './tables/case-tables.js';
export type { NoticeKind, NoticeTargetStatus } from './tables/notice-tables.js';
