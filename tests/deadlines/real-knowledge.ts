// Loads the real events, deadline rules and calendar through the production loader. Only those
// three folders are copied to a temp dir: other helpers edit the rest of knowledge/ concurrently,
// and the loader accepts missing folders.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../bot/knowledge/load-knowledge.js';
import { packageRoot } from '../../bot/paths.js';
import { createWorkingCalendar } from '../../core/calendar/create-working-calendar.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { Knowledge } from '../../core/knowledge/knowledge.js';

export interface RealKnowledge {
  knowledge: Knowledge;
  calendar: WorkingCalendar;
}

let cached: RealKnowledge | undefined;

export function realKnowledge(): RealKnowledge {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'casebot-deadlines-'));
  for (const folder of ['events', 'deadlines', 'calendar']) {
    cpSync(join(packageRoot(), 'knowledge', folder), join(dir, folder), { recursive: true });
  }
  const knowledge = loadKnowledge(dir);
  cached = { knowledge, calendar: createWorkingCalendar(knowledge.calendarYears) };
  return cached;
}
