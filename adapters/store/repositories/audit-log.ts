import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../database.js';
import type { AuditLogTable } from '../tables/log-tables.js';
import { repositoryContext, type RepositoryContext, type RepositoryOptions } from './repository-options.js';

/** An audit entry to append: who did what to which subject, under which rule. */
export interface NewAuditEntry {
  /** 'system', or personKey(person) = 'platform:userId'. */
  actor: string;
  /** Dotted verb: 'case.registered', 'notice.issued', 'notice.refused', 'delivery.sent' … */
  action: string;
  /** 'case:<id>', 'notice:<id>', 'notice:<id>:<unit>', 'delivery:<id>' … */
  subject?: string;
  /** The deadline/reminder rule that fired, if any. */
  rule?: string;
  /** Free detail; never a party's personal data or a secret. */
  detail?: Record<string, unknown>;
}

/** A stored audit entry; `id` increases with insertion order. */
export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  rule: string | null;
  detail: Record<string, unknown>;
}

/** Filters of `list`. */
export interface AuditQuery {
  actor?: string;
  action?: string;
  /** ISO instants: at >= since, at < until. */
  since?: string;
  until?: string;
  /** Entries with id > afterId (paging). */
  afterId?: number;
  /** Default 100. */
  limit?: number;
}

/**
 * `audit_log`: append and read, nothing else — there is deliberately no update or delete here,
 * and database triggers reject them.
 */
export class AuditLog {
  private readonly ctx: RepositoryContext;

  constructor(private readonly db: Kysely<Database>, options: RepositoryOptions = {}) {
    this.ctx = repositoryContext(options);
  }

  /** Appends one entry. */
  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    const row = await this.db.insertInto('audit_log').values({
      at: this.ctx.nowIso(),
      actor: entry.actor,
      action: entry.action,
      subject: entry.subject ?? null,
      rule: entry.rule ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    }).returningAll().executeTakeFirstOrThrow();
    return toEntry(row);
  }

  /** A subject's trail, oldest first; `prefix: true` also matches 'notice:<id>:<unit>' under 'notice:<id>'. */
  async forSubject(subject: string, options: { prefix?: boolean } = {}): Promise<AuditEntry[]> {
    let query = this.db.selectFrom('audit_log').selectAll();
    query = options.prefix
      ? query.where((eb) => eb.or([
        eb('subject', '=', subject),
        // substr, not LIKE: SQLite and PostgreSQL disagree on LIKE's case and escape rules.
        eb(eb.fn<string>('substr', ['subject', eb.val(1), eb.val(subject.length + 1)]), '=', `${subject}:`),
      ]))
      : query.where('subject', '=', subject);
    const rows = await query.orderBy('id').execute();
    return rows.map(toEntry);
  }

  /** Entries matching the filters, oldest first. */
  async list(filter: AuditQuery = {}): Promise<AuditEntry[]> {
    let query = this.db.selectFrom('audit_log').selectAll();
    if (filter.actor) query = query.where('actor', '=', filter.actor);
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.since) query = query.where('at', '>=', filter.since);
    if (filter.until) query = query.where('at', '<', filter.until);
    if (filter.afterId !== undefined) query = query.where('id', '>', filter.afterId);
    const rows = await query.orderBy('id').limit(filter.limit ?? 100).execute();
    return rows.map(toEntry);
  }
}

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: Number(row.id), at: row.at, actor: row.actor, action: row.action,
    subject: row.subject, rule: row.rule, detail: JSON.parse(row.detail) as Record<string, unknown>,
  };
}
