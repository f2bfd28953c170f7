import type { Selectable } from 'kysely';
import type { Citation } from '../../../core/citation/citation.js';
import type { CaseDeadlineProgressTable, CaseDeadlinesTable } from '../tables/case-deadline-tables.js';
import type { PersonRef } from './person-ref.js';

/** One stored due date of a case, with the sweep's progress on it. */
export interface CaseDeadlineRecord {
  caseId: string;
  rule: string;
  title: string;
  /** 'YYYY-MM-DD'. */
  due: string;
  dueTime: string | null;
  kind: 'latest' | 'earliest';
  basis: string;
  derivation: string;
  citations: Citation[];
  completed: boolean;
  estimate: boolean;
  /** Last reminder stage key claimed (临期-3, 到期, 超期-2026-12-09), or null. */
  remindedStage: string | null;
  /** Day of the first 超期 reminder, or null. */
  firstOverdueOn: string | null;
  escalation: 'escalated' | 'acknowledged' | null;
  updatedAt: string;
}

/** A due date the sweep looks at: the stored date plus its open case's number, unit and officer. */
export interface DueCaseDeadline extends CaseDeadlineRecord {
  caseNo: string;
  unitId: string | null;
  officer: PersonRef;
}

/** Where a page of `dueWithin` ended; pass it back for the next page. */
export interface DeadlineCursor {
  due: string;
  caseId: string;
  rule: string;
}

/** A date row read with its progress (left-joined: null before the first reminder). */
export type DeadlineRowWithProgress = Selectable<CaseDeadlinesTable>
  & Pick<Selectable<CaseDeadlineProgressTable>, 'reminded_stage' | 'first_overdue_on' | 'escalation'>;

export function toCaseDeadlineRecord(row: DeadlineRowWithProgress): CaseDeadlineRecord {
  return {
    caseId: row.case_id,
    rule: row.rule,
    title: row.title,
    due: row.due,
    dueTime: row.due_time,
    kind: row.kind,
    basis: row.basis,
    derivation: row.derivation,
    citations: parseCitations(row.citations),
    completed: Number(row.completed) === 1,
    estimate: Number(row.estimate) === 1,
    remindedStage: row.reminded_stage,
    firstOverdueOn: row.first_overdue_on,
    escalation: row.escalation,
    updatedAt: row.updated_at,
  };
}

// Dates of one rule share their citations word for word: a sweep page of a thousand dates parses a
// handful of distinct texts. The parsed lists are shared, so they are frozen.
const parsedCitations = new Map<string, readonly Citation[]>();
const PARSED_CITATIONS_MAX = 256;

function parseCitations(text: string): Citation[] {
  let parsed = parsedCitations.get(text);
  if (parsed === undefined) {
    parsed = Object.freeze((JSON.parse(text) as Citation[]).map((c) => Object.freeze(c)));
    if (parsedCitations.size >= PARSED_CITATIONS_MAX) parsedCitations.clear();
    parsedCitations.set(text, parsed);
  }
  return parsed as Citation[];
}
