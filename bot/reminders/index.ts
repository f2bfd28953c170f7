/** The reminder sweep and escalation: what the app wires (see each file's TSDoc). */
export type { ReminderDeps, ReminderLogger } from './reminder-deps.js';
export { recomputeCaseDeadlines, type RecomputeResult } from './recompute-case-deadlines.js';
export { runReminderSweep, type ReminderSweepOptions } from './sweep.js';
export type { SweepCounts } from './sweep-counts.js';
export { scheduleReminderSweep, remindSoon, REMINDER_SWEEP_TASK, REMINDER_SWEEP_EVERY_MS } from './schedule-sweep.js';
export { caseReminderSubject, CASE_DELIVERY_KIND, ESCALATION_STAGE } from './case-decisions.js';
export { noticeReminderSubject, NOTICE_REMEDIATION_RULE, NOTICE_DELIVERY_KIND } from './notice-decisions.js';
export { escalationRecipients, directAddressOf, personAddress } from './recipients.js';
