import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Database } from '../database.js';
import { REMEDIATED } from './notice-transitions.js';

/** Counts per unit for 周通报; activity counts fall in [from, to), states are as of now/`today`. */
export interface UnitSummary {
  unitId: string | null;
  casesRegistered: number;
  casesClosed: number;
  /** Open now. */
  openCases: number;
  noticesReceived: number;
  acknowledged: number;
  remediationReported: number;
  accepted: number;
  reopened: number;
  /** Supervision notices past their remediation deadline and not remediated, as of `today`. */
  overdue: number;
}

/** 周通报 figures: per unit (ordered by unit id; null = cases of officers with no unit) and totals. */
export interface WeeklySummary {
  from: string;
  to: string;
  today: string;
  remindersIssued: number;
  supervisionNoticesIssued: number;
  totals: Omit<UnitSummary, 'unitId'>;
  units: UnitSummary[];
}

/** The range: ISO instants `from` (inclusive) and `to` (exclusive) — the caller applies the time zone. */
export interface SummaryRange {
  from: string;
  to: string;
  /** 'YYYY-MM-DD', for overdue. */
  today: string;
}

type CountEb<T extends keyof Database> = ExpressionBuilder<Database, T>;

function countWhen<T extends keyof Database>(eb: CountEb<T>, condition: Expression<SqlBool>) {
  return eb.fn.count(eb.case().when(condition).then(1).end());
}

/** Weekly summary in three grouped queries. */
export async function weeklySummary(db: Kysely<Database>, range: SummaryRange): Promise<WeeklySummary> {
  const { from, to, today } = range;
  const cases = await db.selectFrom('cases')
    .select((eb) => [
      'unit_id',
      countWhen(eb, eb.and([eb('created_at', '>=', from), eb('created_at', '<', to)])).as('registered'),
      countWhen(eb, eb.and([eb('closed_at', '>=', from), eb('closed_at', '<', to)])).as('closed'),
      countWhen(eb, eb('status', '=', 'open')).as('open'),
    ])
    .groupBy('unit_id').execute();
  const within = (eb: CountEb<'notice_targets' | 'notices'>, column: 'notices.created_at' | 'notice_targets.acknowledged_at'
    | 'notice_targets.remediation_reported_at' | 'notice_targets.accepted_at' | 'notice_targets.reopened_at') =>
    countWhen(eb, eb.and([eb(column, '>=', from), eb(column, '<', to)]));
  const targets = await db.selectFrom('notice_targets').innerJoin('notices', 'notices.id', 'notice_targets.notice_id')
    .select((eb) => [
      'notice_targets.unit_id',
      within(eb, 'notices.created_at').as('received'),
      within(eb, 'notice_targets.acknowledged_at').as('acknowledged'),
      within(eb, 'notice_targets.remediation_reported_at').as('reported'),
      within(eb, 'notice_targets.accepted_at').as('accepted'),
      within(eb, 'notice_targets.reopened_at').as('reopened'),
      countWhen(eb, eb.and([
        eb('notices.kind', '=', 'supervision'), eb('notices.remediation_due', '<', today),
        eb('notice_targets.status', 'not in', REMEDIATED),
      ])).as('overdue'),
    ])
    .groupBy('notice_targets.unit_id').execute();
  const issued = await db.selectFrom('notices')
    .select((eb) => ['kind', eb.fn.countAll().as('n')])
    .where('created_at', '>=', from).where('created_at', '<', to)
    .groupBy('kind').execute();

  const units = new Map<string | null, UnitSummary>();
  const unit = (id: string | null): UnitSummary => {
    let entry = units.get(id);
    if (!entry) units.set(id, (entry = { unitId: id, ...emptyCounts() }));
    return entry;
  };
  for (const r of cases) Object.assign(unit(r.unit_id), {
    casesRegistered: Number(r.registered), casesClosed: Number(r.closed), openCases: Number(r.open),
  });
  for (const r of targets) Object.assign(unit(r.unit_id), {
    noticesReceived: Number(r.received), acknowledged: Number(r.acknowledged), remediationReported: Number(r.reported),
    accepted: Number(r.accepted), reopened: Number(r.reopened), overdue: Number(r.overdue),
  });
  const list = [...units.values()].sort((a, b) => (a.unitId ?? '').localeCompare(b.unitId ?? ''));
  const issuedOf = (kind: string) => Number(issued.find((r) => r.kind === kind)?.n ?? 0);
  return {
    from, to, today,
    remindersIssued: issuedOf('reminder'),
    supervisionNoticesIssued: issuedOf('supervision'),
    totals: sumCounts(list),
    units: list,
  };
}

function emptyCounts(): Omit<UnitSummary, 'unitId'> {
  return {
    casesRegistered: 0, casesClosed: 0, openCases: 0, noticesReceived: 0, acknowledged: 0,
    remediationReported: 0, accepted: 0, reopened: 0, overdue: 0,
  };
}

function sumCounts(units: UnitSummary[]): Omit<UnitSummary, 'unitId'> {
  const totals = emptyCounts();
  for (const u of units) {
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += u[key];
  }
  return totals;
}
