import type { Citation } from '../citation/citation.js';
import type { LocalDate } from '../calendar/local-date.js';
import type { PeriodUnit } from '../knowledge/schema/deadline-rule-schema.js';

/**
 * Where a due date stands on `now`. For a `latest` date (act by): 未到期, 临期 (due within the
 * next 3 working days), 到期 (due today), 超期 (past). For an `earliest` date (act from):
 * 未到期 before it, 到期 from that day on — never 超期. 已完成: the rule's `satisfiedBy` event happened.
 * Judged by date, also for periods in hours.
 */
export type DeadlineStatus = '未到期' | '临期' | '到期' | '超期' | '已完成';

/** An extension the rule allows (延期), and whether a case event applied it. */
export interface DueDateExtension {
  length: number;
  unit: PeriodUnit;
  /** Who must approve and how (经行政机关负责人批准 …). */
  requires: string;
  basis: string;
  applied: boolean;
  /** Date of the 延期 event that applied it. */
  on?: LocalDate;
}

/**
 * One computed due date of a case, with its rule, legal basis and a one-line derivation.
 *
 * @example
 * {
 *   rule: 'hearing-request', title: '当事人申请听证期限', trigger: 'notified', start: '2026-09-29',
 *   due: '2026-10-12', basis: '《中华人民共和国行政处罚法》第六十四条', estimate: false, status: '未到期',
 *   derivation: '2026-09-29 告知 + 5 个工作日，跳过国庆节假期 → 2026-10-12', kind: 'latest', …
 * }
 */
export interface DueDate {
  /** Deadline rule id (knowledge/deadlines). */
  rule: string;
  title: string;
  /** Event id that started the chain (for a chained rule, the first rule's trigger). */
  trigger: string;
  /** Day the counting starts from (not itself counted): the event date, or the earlier rule's due date. */
  start: LocalDate;
  due: LocalDate;
  /** 'HH:mm' for a period in hours when the start time is known. */
  dueTime?: string;
  kind: 'latest' | 'earliest';
  direction: 'after' | 'before';
  /** The rule's citation, formatted: 《中华人民共和国行政处罚法》第六十四条. */
  basis: string;
  /** Every source this date rests on: the rule, the counting rule, an extension, a roll-forward analogy. */
  citations: Citation[];
  /** true when any counted day falls in a year without an official holiday arrangement. */
  estimate: boolean;
  /** The years without official data behind `estimate` (e.g. [2027]). */
  estimateYears?: number[];
  /** true when any citation is unverified (shown as 待核实). */
  unverified: boolean;
  /** One line: '2026-09-29 告知 + 5 个工作日，跳过国庆节假期 → 2026-10-12'. */
  derivation: string;
  status: DeadlineStatus;
  /** Date of the event that satisfied the rule, when status is 已完成. */
  completedOn?: LocalDate;
  extension?: DueDateExtension;
  /** The rule's note plus remarks (completed late, extension refused …). */
  note?: string;
}
