/**
 * `case_deadlines`: a case's computed due dates, stored when its events change so the reminder
 * sweep reads dates instead of recomputing every open case every minute. The sweep's own progress
 * per date lives beside it in `case_deadline_progress`.
 */
export interface CaseDeadlinesTable {
  case_id: string;
  /** Deadline rule id (knowledge/deadlines). Primary key with case_id. */
  rule: string;
  title: string;
  /** 'YYYY-MM-DD'. */
  due: string;
  /** 'HH:mm' for periods counted in hours, else null. */
  due_time: string | null;
  /** 'latest' (act by: reminded) or 'earliest' (act from: shown, never reminded). */
  kind: 'latest' | 'earliest';
  /** 《法规名》第X条 of the rule. */
  basis: string;
  /** One line: '2026-12-01 告知 + 5 个工作日 → 2026-12-08'. */
  derivation: string;
  /** JSON array of Citation: every source the date rests on. */
  citations: string;
  /** 0/1: the rule's satisfying event happened (已完成). */
  completed: number;
  /** 0/1: a counted year has no official holiday data. */
  estimate: number;
  updated_at: string;
}

/**
 * `case_deadline_progress`: what the sweep has done about one date, in narrow rows the sweep can
 * rewrite cheaply. It survives a recompute as long as the date did not move; a moved date, a
 * date that disappears and a closed case lose it.
 */
export interface CaseDeadlineProgressTable {
  case_id: string;
  /** Primary key with case_id. */
  rule: string;
  /** The last reminder stage key claimed for this date (临期-3, 到期, 超期-2026-12-09), or null. */
  reminded_stage: string | null;
  /** 'YYYY-MM-DD' of the first 超期 reminder, the start of the escalation wait. */
  first_overdue_on: string | null;
  /** null while escalation is undecided; 'escalated' or 'acknowledged' once decided. */
  escalation: 'escalated' | 'acknowledged' | null;
  updated_at: string;
}

/** The tables this file contributes to the store's Database type. */
export interface CaseDeadlineTables {
  case_deadlines: CaseDeadlinesTable;
  case_deadline_progress: CaseDeadlineProgressTable;
}
