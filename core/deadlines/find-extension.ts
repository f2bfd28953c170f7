import { compareDates, type LocalDate } from '../calendar/local-date.js';
import type { DeadlineRule } from '../knowledge/schema/deadline-rule-schema.js';
import type { CaseEvent } from './case-event.js';

/** The extension event that applies to a rule, or one that came too late. */
export interface ExtensionMatch {
  applied?: CaseEvent;
  /** An extension aimed at this rule but dated after the period had already run out. */
  late?: CaseEvent;
}

/**
 * Finds the 延期 event for `rule`: an event of type `extensionEvent` aimed at this rule (or at no
 * rule in particular), dated between the start and the unextended last day. Only one extension
 * counts — the rules allow one (行政强制法 第二十五条: 延长期限不得超过三十日).
 *
 * @example findExtension(seizureRule, [{ type: 'extended', date: '2026-03-20' }], '2026-03-02', '2026-04-01', 'extended');
 */
export function findExtension(
  rule: DeadlineRule,
  events: readonly CaseEvent[],
  start: LocalDate,
  rawEnd: LocalDate,
  extensionEvent: string,
): ExtensionMatch {
  if (!rule.extension) return {};
  const candidates = events
    .filter((e) => e.type === extensionEvent && (e.rule === undefined || e.rule === rule.id))
    .filter((e) => compareDates(e.date, start) >= 0)
    .sort((a, b) => compareDates(a.date, b.date));
  const applied = candidates.find((e) => compareDates(e.date, rawEnd) <= 0);
  if (applied) return { applied };
  return { late: candidates.find((e) => e.rule === rule.id) };
}
