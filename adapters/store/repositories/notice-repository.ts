import type { Kysely } from 'kysely';
import { ValidationError } from '../../../core/errors/validation-error.js';
import type { Database } from '../database.js';
import { inTransaction } from '../in-transaction.js';
import type { NoticeKind } from '../tables/notice-tables.js';
import { nextCounterValue } from './counter.js';
import { toNoticeRecord, toTargetRecord, type NoticeRecord, type NoticeWithTargets } from './notice-records.js';
import { NOTICE_REF_PREFIX, noticeRefCounter, normalizeNoticeRef } from './notice-ref.js';
import type { PersonRef } from './person-ref.js';
import { repositoryContext, type RepositoryContext, type RepositoryOptions } from './repository-options.js';

/** A notice to issue to some units. Supervision notices need a remediation due date. */
export interface NewNotice {
  kind: NoticeKind;
  title: string;
  content: string;
  issuer: PersonRef;
  urgent?: boolean;
  /** 'YYYY-MM-DD'; required for 'supervision', must be absent for 'reminder'. */
  remediationDue?: string;
  unitIds: readonly string[];
}

/** `notices` (+ their targets): issuing and looking up by reference. */
export class NoticeRepository {
  private readonly ctx: RepositoryContext;

  constructor(private readonly db: Kysely<Database>, options: RepositoryOptions = {}) {
    this.ctx = repositoryContext(options);
  }

  /** Issues a notice: draws its reference, writes it and one 'issued' target per unit, atomically. */
  async issue(input: NewNotice): Promise<NoticeWithTargets> {
    validateNewNotice(input);
    const unitIds = [...new Set(input.unitIds)];
    return inTransaction(this.db, async (trx) => {
      const at = this.ctx.nowIso();
      const number = await nextCounterValue(trx, noticeRefCounter(input.kind));
      const notice = await trx.insertInto('notices').values({
        id: this.ctx.newId(),
        ref: `${NOTICE_REF_PREFIX[input.kind]}-${number}`,
        kind: input.kind,
        title: input.title,
        content: input.content,
        issuer_platform: input.issuer.platform,
        issuer_user_id: input.issuer.userId,
        issuer_name: input.issuer.name,
        urgent: input.urgent ? 1 : 0,
        remediation_due: input.remediationDue ?? null,
        created_at: at,
      }).returningAll().executeTakeFirstOrThrow();
      const targets = await trx.insertInto('notice_targets')
        .values(unitIds.map((unitId) => ({ notice_id: notice.id, unit_id: unitId, status: 'issued' as const, updated_at: at })))
        .returningAll()
        .execute();
      return {
        ...toNoticeRecord(notice),
        targets: targets.map(toTargetRecord).sort((a, b) => a.unitId.localeCompare(b.unitId)),
      };
    });
  }

  /** A notice by the reference a unit typed ('N-12', 'n12', 'Ｎ－１２'), with its targets. */
  async findByRef(typed: string): Promise<NoticeWithTargets | undefined> {
    const ref = normalizeNoticeRef(typed);
    if (ref === undefined) return undefined;
    const row = await this.db.selectFrom('notices').selectAll().where('ref', '=', ref).executeTakeFirst();
    return row ? this.withTargets(toNoticeRecord(row)) : undefined;
  }

  /** A notice by id, with its targets. */
  async findById(id: string): Promise<NoticeWithTargets | undefined> {
    const row = await this.db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? this.withTargets(toNoticeRecord(row)) : undefined;
  }

  private async withTargets(notice: NoticeRecord): Promise<NoticeWithTargets> {
    const rows = await this.db.selectFrom('notice_targets').selectAll()
      .where('notice_id', '=', notice.id).orderBy('unit_id').execute();
    return { ...notice, targets: rows.map(toTargetRecord) };
  }
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validateNewNotice(input: NewNotice): void {
  const issues: string[] = [];
  if (input.unitIds.length === 0) issues.push('unitIds: at least one unit');
  if (input.content.trim() === '') issues.push('content: empty');
  if (input.kind === 'supervision' && !(input.remediationDue && LOCAL_DATE.test(input.remediationDue))) {
    issues.push('remediationDue: a supervision notice needs a YYYY-MM-DD remediation deadline');
  }
  if (input.kind === 'reminder' && input.remediationDue !== undefined) {
    issues.push('remediationDue: a regulation reminder has no remediation deadline');
  }
  if (issues.length > 0) throw new ValidationError(`invalid notice: ${issues.join('; ')}`, issues);
}
