import type { Command } from 'commander';
import { deadlinesAnswer } from '../../../core/answers/deadlines-answer.js';
import { createWorkingCalendar } from '../../../core/calendar/create-working-calendar.js';
import { isLocalDate } from '../../../core/calendar/local-date.js';
import { computeDeadlines } from '../../../core/deadlines/compute-deadlines.js';
import type { CaseEvent } from '../../../core/deadlines/case-event.js';
import type { DueDate } from '../../../core/deadlines/due-date.js';
import { findEventType } from '../../../core/deadlines/find-event-type.js';
import type { Knowledge } from '../../../core/knowledge/knowledge.js';
import { renderText } from '../../../core/reply/render-text.js';
import { knowledgeDirFromEnv } from '../../config/load-config.js';
import { loadKnowledge } from '../../knowledge/load-knowledge.js';
import { CliError } from '../cli-error.js';
import { parseNow } from '../parse-now.js';

/** One line of `deadlines --json`; scripts rely on exactly these keys. */
export type DeadlineJson = Pick<DueDate, 'rule' | 'title' | 'trigger' | 'due' | 'basis' | 'estimate' | 'derivation'>;

/** `立案=2026-09-25` or `notice=2026-09-29` → a CaseEvent, the name resolved through knowledge/events. */
export function parseEventOption(option: string, knowledge: Knowledge): CaseEvent {
  const at = option.lastIndexOf('=');
  const [name, date] = at > 0 ? [option.slice(0, at).trim(), option.slice(at + 1).trim()] : ['', ''];
  if (!name || !isLocalDate(date)) throw new CliError(`--event "${option}": expected <event>=<YYYY-MM-DD>, e.g. 立案=2026-09-25`);
  const type = findEventType(name, knowledge.events);
  if (!type) {
    const known = knowledge.events.map((e) => `${e.name} (${e.nameEn})`).join(', ');
    throw new CliError(`--event "${option}": unknown event "${name}"; known events: ${known}`);
  }
  return { type: type.id, date };
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `casebot deadlines --event 立案=2026-09-25 --event 告知=2026-09-29 [--json] [--now date]`. */
export function registerDeadlines(program: Command): void {
  program
    .command('deadlines')
    .description('compute a case\'s statutory due dates from its events')
    .option('--event <name=date>', 'a case event, Chinese or English name (repeatable): 立案=2026-09-25, notice=2026-09-29', collect, [])
    .option('--json', 'print a JSON array of {rule, title, trigger, due, basis, estimate, derivation}')
    .option('--now <date>', 'judge 临期/超期 as of this date (YYYY-MM-DD); default today')
    .option('--lang <zh|en>', 'language of titles and derivations', 'zh')
    .action((opts: { event: string[]; json?: boolean; now?: string; lang: string }) => {
      if (opts.event.length === 0) throw new CliError('deadlines: give at least one --event, e.g. --event 立案=2026-09-25');
      if (opts.lang !== 'zh' && opts.lang !== 'en') throw new CliError(`--lang: expected zh or en, got "${opts.lang}"`);
      const knowledge = loadKnowledge(knowledgeDirFromEnv());
      const dates = computeDeadlines({
        events: opts.event.map((e) => parseEventOption(e, knowledge)),
        rules: knowledge.deadlineRules,
        calendar: createWorkingCalendar(knowledge.calendarYears),
        eventTypes: knowledge.events,
        now: parseNow(opts.now),
        locale: opts.lang,
      });
      if (opts.json) {
        const rows: DeadlineJson[] = dates.map(({ rule, title, trigger, due, basis, estimate, derivation }) => ({ rule, title, trigger, due, basis, estimate, derivation }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else {
        process.stdout.write(`${renderText(deadlinesAnswer(dates, [], opts.lang))}\n`);
      }
    });
}
