import type { CalendarYear } from './schema/calendar-year-schema.js';
import type { CaseFact } from './schema/case-fact-schema.js';
import type { CaseType } from './schema/case-type-schema.js';
import type { Checklist } from './schema/checklist-schema.js';
import type { DeadlineRule } from './schema/deadline-rule-schema.js';
import type { EventType } from './schema/event-type-schema.js';
import type { ProcedureAnswer } from './schema/procedure-answer-schema.js';

/** Everything the rules core runs on, loaded and validated from `knowledge/`. */
export interface Knowledge {
  caseTypes: CaseType[];
  facts: CaseFact[];
  events: EventType[];
  deadlineRules: DeadlineRule[];
  checklists: Checklist[];
  procedure: ProcedureAnswer[];
  calendarYears: CalendarYear[];
}
