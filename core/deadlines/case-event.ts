import type { LocalDate } from '../calendar/local-date.js';

/**
 * Something that happened (or is scheduled) in a case, on a date: 立案, 告知, 决定, 送达 …
 * `type` is an event id of `knowledge/events/` (resolve what officers type with findEventType).
 *
 * @example
 * const e: CaseEvent = { type: 'notified', date: '2026-09-29' };
 * const hour: CaseEvent = { type: 'on-the-spot-measure', date: '2026-03-02', time: '10:30' };
 */
export interface CaseEvent {
  type: string;
  date: LocalDate;
  /** 'HH:mm', only needed for periods counted in hours (行政强制法 第十九条). */
  time?: string;
  /** For an extension event (延期): the rule it extends; without it, every extendable rule running that day. */
  rule?: string;
}
