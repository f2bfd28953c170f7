import { localDateOf } from '../../../core/calendar/local-date.js';
import type { ServiceDeps } from '../service-deps.js';

/** Today in the programme's time zone (CASEBOT_CONFIG timezone). */
export function todayOf(deps: Pick<ServiceDeps, 'now' | 'directory'>): string {
  return localDateOf(deps.now(), deps.directory.timezone);
}
