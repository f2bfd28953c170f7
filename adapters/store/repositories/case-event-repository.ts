import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../database.js';
import { inTransaction } from '../in-transaction.js';
import { RecordNotFoundError } from '../store-errors.js';
import type { CaseEventsTable } from '../tables/case-tables.js';
import {
  CLOSING_EVENT, toCaseEventRecord, toCaseRecord,
  type CaseEventRecord, type CaseRecord, type NewCaseEvent,
} from './case-records.js';
import { refreshEventsDigest } from './events-digest.js';
import { personToJson, type PersonRef } from './person-ref.js';
import { repositoryContext, type RepositoryContext, type RepositoryOptions } from './repository-options.js';

/** Result of recording an event: `created` is false when the same (type, date) was already there. */
export interface RecordedEvent {
  event: CaseEventRecord;
  created: boolean;
  case: CaseRecord;
}

/** `case_events`: recording is idempotent per (case, event type, date); 结案 closes the case. */
export class CaseEventRepository {
  private readonly ctx: RepositoryContext;

  constructor(private readonly db: Kysely<Database>, options: RepositoryOptions = {}) {
    this.ctx = repositoryContext(options);
  }

  /** Records an event; in one transaction bumps the case's updated_at and closes it on 结案. */
  record(caseId: string, input: NewCaseEvent & { recordedBy: PersonRef }): Promise<RecordedEvent> {
    return inTransaction(this.db, async (trx) => {
      const existing = await trx.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
      if (!existing) throw new RecordNotFoundError(`case ${caseId}`);
      const at = this.ctx.nowIso();
      const inserted = await insertEvents(trx, [eventRow(this.ctx, caseId, input, input.recordedBy, at)]);
      const created = inserted.length > 0;
      const row = inserted[0] ?? await trx.selectFrom('case_events').selectAll()
        .where('case_id', '=', caseId).where('event', '=', input.type).where('date', '=', input.date)
        .executeTakeFirstOrThrow();
      if (created) await refreshEventsDigest(trx, caseId);
      const closing = input.type === CLOSING_EVENT;
      const caseRow = await trx.updateTable('cases')
        .set((eb) => closing
          ? { updated_at: at, status: 'closed', closed_at: eb.fn.coalesce('closed_at', eb.val(at)) }
          : { updated_at: at })
        .where('id', '=', caseId)
        .returningAll()
        .executeTakeFirstOrThrow();
      return { event: toCaseEventRecord(row), created, case: toCaseRecord(caseRow) };
    });
  }

  /** A case's events, by date then time of recording. */
  async listForCase(caseId: string): Promise<CaseEventRecord[]> {
    return this.listForCases([caseId]);
  }

  /** Events of many cases in one query, ordered by case, date, recording time. */
  async listForCases(caseIds: readonly string[]): Promise<CaseEventRecord[]> {
    if (caseIds.length === 0) return [];
    const rows = await this.db.selectFrom('case_events').selectAll()
      .where('case_id', 'in', caseIds)
      .orderBy('case_id').orderBy('date').orderBy('recorded_at')
      .execute();
    return rows.map(toCaseEventRecord);
  }
}

/** The insertable row of one event. */
export function eventRow(
  ctx: RepositoryContext, caseId: string, input: NewCaseEvent, by: PersonRef, at: string,
): Insertable<CaseEventsTable> {
  return {
    id: ctx.newId(),
    case_id: caseId,
    event: input.type,
    date: input.date,
    time: input.time ?? null,
    rule: input.rule ?? null,
    approver: input.approver ?? null,
    note: input.note ?? null,
    recorded_by: personToJson(input.recordedBy ?? by),
    recorded_at: at,
  };
}

/** Inserts events, skipping any (case, event, date) already recorded; returns the new rows. */
export function insertEvents(trx: Kysely<Database>, rows: Insertable<CaseEventsTable>[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return trx.insertInto('case_events').values(rows)
    .onConflict((oc) => oc.columns(['case_id', 'event', 'date']).doNothing())
    .returningAll()
    .execute();
}
