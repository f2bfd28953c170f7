import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { inTransaction } from '../in-transaction.js';
import {
  toCaseEventRecord, toCaseRecord, withEvents,
  type CaseWithEvents, type NewCaseEvent,
} from './case-records.js';
import { eventRow, insertEvents } from './case-event-repository.js';
import { byEventDate, refreshEventsDigest } from './events-digest.js';
import type { PersonRef } from './person-ref.js';
import { repositoryContext, type RepositoryContext, type RepositoryOptions } from './repository-options.js';

/** A case to register, with its first events (usually 立案). */
export interface NewCase {
  caseNo: string;
  caseType: string;
  unitId: string | null;
  officer: PersonRef;
  events?: NewCaseEvent[];
}

/** `created` is false when the case number was already registered (nothing was written). */
export interface RegisteredCase {
  case: CaseWithEvents;
  created: boolean;
}

/** `cases`: registration and look-ups (`案件 <案号>`, `我的案件`). */
export class CaseRepository {
  private readonly ctx: RepositoryContext;

  constructor(private readonly db: Kysely<Database>, options: RepositoryOptions = {}) {
    this.ctx = repositoryContext(options);
  }

  /** Registers a case and its events in one transaction; a known case number is returned as is. */
  register(input: NewCase): Promise<RegisteredCase> {
    return inTransaction(this.db, async (trx) => {
      const at = this.ctx.nowIso();
      const inserted = await trx.insertInto('cases')
        .values({
          id: this.ctx.newId(),
          case_no: input.caseNo,
          case_type: input.caseType,
          unit_id: input.unitId,
          officer_platform: input.officer.platform,
          officer_user_id: input.officer.userId,
          officer_name: input.officer.name,
          status: 'open',
          created_at: at,
          updated_at: at,
          closed_at: null,
          events_digest: '[]',
        })
        .onConflict((oc) => oc.column('case_no').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!inserted) {
        const existing = await new CaseRepository(trx).findByNo(input.caseNo);
        if (!existing) throw new Error(`case ${input.caseNo} vanished during registration`);
        return { case: existing, created: false };
      }
      const rows = (input.events ?? []).map((e) => eventRow(this.ctx, inserted.id, e, input.officer, at));
      const events = (await insertEvents(trx, rows)).map(toCaseEventRecord).sort(byEventDate);
      if (events.length > 0) await refreshEventsDigest(trx, inserted.id);
      return { case: { ...toCaseRecord(inserted), events }, created: true };
    });
  }

  /** A case by its number (案号), with events. */
  async findByNo(caseNo: string): Promise<CaseWithEvents | undefined> {
    const row = await this.db.selectFrom('cases').selectAll().where('case_no', '=', caseNo).executeTakeFirst();
    return row ? (await this.attachEvents([toCaseRecord(row)]))[0] : undefined;
  }

  /** A case by id, with events. */
  async findById(id: string): Promise<CaseWithEvents | undefined> {
    const row = await this.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? (await this.attachEvents([toCaseRecord(row)]))[0] : undefined;
  }

  /** The open cases an officer registered (`我的案件`), oldest first, with events. */
  async openCasesOf(officer: Pick<PersonRef, 'platform' | 'userId'>): Promise<CaseWithEvents[]> {
    const rows = await this.db.selectFrom('cases').selectAll()
      .where('officer_platform', '=', officer.platform)
      .where('officer_user_id', '=', officer.userId)
      .where('status', '=', 'open')
      .orderBy('created_at').orderBy('id')
      .execute();
    return this.attachEvents(rows.map(toCaseRecord));
  }

  private async attachEvents(cases: ReturnType<typeof toCaseRecord>[]): Promise<CaseWithEvents[]> {
    if (cases.length === 0) return [];
    const rows = await this.db.selectFrom('case_events').selectAll()
      .where('case_id', 'in', cases.map((c) => c.id))
      .orderBy('case_id').orderBy('date').orderBy('recorded_at')
      .execute();
    return withEvents(cases, rows.map(toCaseEventRecord));
  }
}
