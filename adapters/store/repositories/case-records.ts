import type { Selectable } from 'kysely';
import type { CaseEventsTable, CasesTable, CaseStatus } from '../tables/case-tables.js';
import { personFromJson, type PersonRef } from './person-ref.js';

/** A registered case (案件). Instants are ISO-8601 UTC; the officer is the one who registered it. */
export interface CaseRecord {
  id: string;
  caseNo: string;
  caseType: string;
  unitId: string | null;
  officer: PersonRef;
  status: CaseStatus;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** What deadlines are computed from: an event id (filed, notified …), its date, time and rule. */
export interface CaseEventFacts {
  type: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  /** 'HH:mm', only for periods counted in hours. */
  time: string | null;
  /** For an extension (延期): the rule it extends. */
  rule: string | null;
}

/** A dated event of a case (立案, 告知, 延期 …) as recorded. */
export interface CaseEventRecord extends CaseEventFacts {
  id: string;
  caseId: string;
  approver: string | null;
  note: string | null;
  recordedBy: PersonRef;
  recordedAt: string;
}

/** A case with its events ordered by date. */
export interface CaseWithEvents extends CaseRecord {
  events: CaseEventRecord[];
}

/** An event to record; `recordedBy` defaults to the case's officer at registration. */
export interface NewCaseEvent {
  type: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  time?: string;
  rule?: string;
  approver?: string;
  note?: string;
  recordedBy?: PersonRef;
}

/** The event id of 结案: recording it closes the case. */
export const CLOSING_EVENT = 'closed';

export function toCaseRecord(row: Selectable<CasesTable>): CaseRecord {
  return {
    id: row.id,
    caseNo: row.case_no,
    caseType: row.case_type,
    unitId: row.unit_id,
    officer: { platform: row.officer_platform, userId: row.officer_user_id, name: row.officer_name },
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
}

export function toCaseEventRecord(row: Selectable<CaseEventsTable>): CaseEventRecord {
  return {
    id: row.id,
    caseId: row.case_id,
    type: row.event,
    date: row.date,
    time: row.time,
    rule: row.rule,
    approver: row.approver,
    note: row.note,
    recordedBy: personFromJson(row.recorded_by) ?? { platform: '', userId: '', name: '' },
    recordedAt: row.recorded_at,
  };
}

/** Attaches each case's events (already ordered) to it, keeping the cases' order. */
export function withEvents(cases: CaseRecord[], events: CaseEventRecord[]): CaseWithEvents[] {
  const byCase = new Map<string, CaseEventRecord[]>();
  for (const event of events) {
    const list = byCase.get(event.caseId);
    if (list) list.push(event);
    else byCase.set(event.caseId, [event]);
  }
  return cases.map((c) => ({ ...c, events: byCase.get(c.id) ?? [] }));
}
