import type { Kysely, Updateable } from 'kysely';
import type { Database } from '../database.js';
import { inTransaction } from '../in-transaction.js';
import { IllegalTransitionError, RecordNotFoundError } from '../store-errors.js';
import type { NoticeTargetsTable, NoticeTargetStatus } from '../tables/notice-tables.js';
import { toTargetRecord, type NoticeAcknowledgementRecord, type NoticeTargetRecord } from './notice-records.js';
import { ALLOWED_FROM } from './notice-transitions.js';
import { personToJson, type PersonRef } from './person-ref.js';
import { repositoryContext, type RepositoryContext, type RepositoryOptions } from './repository-options.js';

/** Result of `收到`: `newMember` is false when this member had already acknowledged. */
export interface Acknowledged {
  target: NoticeTargetRecord;
  newMember: boolean;
}

type TargetPatch = Updateable<NoticeTargetsTable>;

/**
 * `notice_targets` and `notice_acknowledgements`: each step checks the current status inside the
 * UPDATE itself (`WHERE status IN …`), so two concurrent steps cannot both win, and refuses an
 * illegal step with IllegalTransitionError, writing nothing.
 */
export class NoticeTargetRepository {
  private readonly ctx: RepositoryContext;

  constructor(private readonly db: Kysely<Database>, options: RepositoryOptions = {}) {
    this.ctx = repositoryContext(options);
  }

  /** The platform confirmed delivery to the unit's chat; later states are kept, the time is kept once. */
  markDelivered(noticeId: string, unitId: string): Promise<NoticeTargetRecord> {
    return inTransaction(this.db, async (trx) => {
      const at = this.ctx.nowIso();
      await trx.updateTable('notice_targets')
        .set((eb) => ({ delivered_at: eb.fn.coalesce('delivered_at', eb.val(at)), updated_at: at }))
        .where('notice_id', '=', noticeId).where('unit_id', '=', unitId).execute();
      await this.move(trx, noticeId, unitId, 'delivered', {}, { quietIfIllegal: true });
      return this.require(trx, noticeId, unitId);
    });
  }

  /** A unit member acknowledged (`收到 N-12`): recorded per member; the first moves the target. */
  acknowledge(noticeId: string, unitId: string, member: PersonRef): Promise<Acknowledged> {
    return inTransaction(this.db, async (trx) => {
      await this.require(trx, noticeId, unitId);
      const at = this.ctx.nowIso();
      const inserted = await trx.insertInto('notice_acknowledgements')
        .values({ notice_id: noticeId, unit_id: unitId, platform: member.platform, user_id: member.userId, name: member.name, acknowledged_at: at })
        .onConflict((oc) => oc.columns(['notice_id', 'unit_id', 'platform', 'user_id']).doNothing())
        .returning('acknowledged_at')
        .executeTakeFirst();
      await trx.updateTable('notice_targets')
        .set({ acknowledged_at: at, acknowledged_by: personToJson(member), updated_at: at })
        .where('notice_id', '=', noticeId).where('unit_id', '=', unitId).where('acknowledged_at', 'is', null)
        .execute();
      await this.move(trx, noticeId, unitId, 'acknowledged', {}, { quietIfIllegal: true });
      return { target: await this.require(trx, noticeId, unitId), newMember: inserted !== undefined };
    });
  }

  /** `已整改 N-12 <说明>`: supervision notices only; also counts as the unit's acknowledgement. */
  reportRemediation(noticeId: string, unitId: string, member: PersonRef, note: string): Promise<NoticeTargetRecord> {
    return inTransaction(this.db, async (trx) => {
      const notice = await trx.selectFrom('notices').select(['kind', 'ref']).where('id', '=', noticeId).executeTakeFirst();
      const current = await this.require(trx, noticeId, unitId);
      if (notice?.kind !== 'supervision') {
        throw new IllegalTransitionError(subject(notice?.ref ?? noticeId, unitId), current.status,
          'remediation_reported', 'a regulation reminder has no remediation');
      }
      const at = this.ctx.nowIso();
      const by = personToJson(member);
      await this.move(trx, noticeId, unitId, 'remediation_reported', {
        remediation_reported_at: at, remediation_reported_by: by, remediation_note: note,
        acknowledged_at: current.acknowledgedAt ?? at,
        acknowledged_by: current.acknowledgedBy ? personToJson(current.acknowledgedBy) : by,
      });
      return this.require(trx, noticeId, unitId);
    });
  }

  /** The supervisor accepts a reported remediation. */
  accept(noticeId: string, unitId: string, by: PersonRef): Promise<NoticeTargetRecord> {
    const at = this.ctx.nowIso();
    return this.step(noticeId, unitId, 'accepted', { accepted_at: at, accepted_by: personToJson(by) });
  }

  /** The supervisor rejects a reported (or accepted) remediation, with the reason. */
  reopen(noticeId: string, unitId: string, by: PersonRef, reason: string): Promise<NoticeTargetRecord> {
    const at = this.ctx.nowIso();
    return this.step(noticeId, unitId, 'reopened', { reopened_at: at, reopened_by: personToJson(by), reopen_reason: reason });
  }

  /** Remembers the last reminder stage sent for this target. */
  async setLastReminded(noticeId: string, unitId: string, stage: string): Promise<void> {
    const result = await this.db.updateTable('notice_targets')
      .set({ last_reminded_stage: stage, updated_at: this.ctx.nowIso() })
      .where('notice_id', '=', noticeId).where('unit_id', '=', unitId).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new RecordNotFoundError(subject(noticeId, unitId));
  }

  /** One target, or undefined. */
  async get(noticeId: string, unitId: string): Promise<NoticeTargetRecord | undefined> {
    const row = await this.db.selectFrom('notice_targets').selectAll()
      .where('notice_id', '=', noticeId).where('unit_id', '=', unitId).executeTakeFirst();
    return row ? toTargetRecord(row) : undefined;
  }

  /** Who at the unit acknowledged, in order. */
  async acknowledgements(noticeId: string, unitId: string): Promise<NoticeAcknowledgementRecord[]> {
    const rows = await this.db.selectFrom('notice_acknowledgements').selectAll()
      .where('notice_id', '=', noticeId).where('unit_id', '=', unitId)
      .orderBy('acknowledged_at').orderBy('user_id').execute();
    return rows.map((r) => ({
      noticeId: r.notice_id, unitId: r.unit_id, acknowledgedAt: r.acknowledged_at,
      member: { platform: r.platform, userId: r.user_id, name: r.name },
    }));
  }

  private step(noticeId: string, unitId: string, to: keyof typeof ALLOWED_FROM, patch: TargetPatch) {
    return inTransaction(this.db, async (trx) => {
      await this.move(trx, noticeId, unitId, to, patch);
      return this.require(trx, noticeId, unitId);
    });
  }

  /** UPDATE … WHERE status IN (allowed); zero rows means not found or an illegal step. */
  private async move(
    trx: Kysely<Database>, noticeId: string, unitId: string, to: keyof typeof ALLOWED_FROM,
    patch: TargetPatch, options: { quietIfIllegal?: boolean } = {},
  ): Promise<void> {
    const allowed: readonly NoticeTargetStatus[] = ALLOWED_FROM[to];
    const result = await trx.updateTable('notice_targets')
      .set({ ...patch, status: to, updated_at: this.ctx.nowIso() })
      .where('notice_id', '=', noticeId).where('unit_id', '=', unitId).where('status', 'in', allowed)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return;
    const current = await this.require(trx, noticeId, unitId);
    if (!options.quietIfIllegal) throw new IllegalTransitionError(subject(noticeId, unitId), current.status, to);
  }

  private async require(trx: Kysely<Database>, noticeId: string, unitId: string): Promise<NoticeTargetRecord> {
    const row = await trx.selectFrom('notice_targets').selectAll()
      .where('notice_id', '=', noticeId).where('unit_id', '=', unitId).executeTakeFirst();
    if (!row) throw new RecordNotFoundError(subject(noticeId, unitId));
    return toTargetRecord(row);
  }
}

function subject(notice: string, unitId: string): string {
  return `notice ${notice} at unit ${unitId}`;
}
