import type { Logger } from 'pino';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { Knowledge } from '../../core/knowledge/knowledge.js';
import type { Understander } from '../../core/understanding/create-understander.js';

/** What the answer functions share: the knowledge, its indexes, the calendar and the clock. */
export interface RouterContext {
  knowledge: Knowledge;
  understand: Understander;
  calendar: WorkingCalendar;
  /** Today in the configured time zone, 'YYYY-MM-DD'. */
  today: () => string;
  logger?: Logger;
}
