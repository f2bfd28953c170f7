import type { DeadlineRule } from '../knowledge/schema/deadline-rule-schema.js';
import type { EventType } from '../knowledge/schema/event-type-schema.js';
import type { Locale } from '../reply/reply.js';
import type { CaseTypeCandidate } from './match-case-types.js';
import type { ProcedureCandidate } from './match-procedure.js';
import type { FoundDate } from './parse-dates.js';

export type Intent = 'help' | 'evidence' | 'deadlines' | 'procedure' | 'review' | 'unknown';

/** What the understanding layer read from one message. */
export interface Understanding {
  text: string;
  locale: Locale;
  intent: Intent;
  caseTypes: CaseTypeCandidate[];
  procedure: ProcedureCandidate[];
  dates: FoundDate[];
  /** Events with the dates they happened on (立案 2026-01-05 …). */
  events: { event: EventType; date: string }[];
  /** Deadline rules the question names (听证申请, 缴纳罚款 …), most specific first. */
  rules: DeadlineRule[];
  caseNumber?: string;
  facts: Record<string, boolean>;
}
