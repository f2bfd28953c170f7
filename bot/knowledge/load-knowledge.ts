import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { calendarYearSchema } from '../../core/knowledge/schema/calendar-year-schema.js';
import { caseFactFileSchema } from '../../core/knowledge/schema/case-fact-schema.js';
import { caseTypeSchema } from '../../core/knowledge/schema/case-type-schema.js';
import { checklistSchema } from '../../core/knowledge/schema/checklist-schema.js';
import { deadlineFileSchema } from '../../core/knowledge/schema/deadline-rule-schema.js';
import { eventFileSchema } from '../../core/knowledge/schema/event-type-schema.js';
import { procedureFileSchema } from '../../core/knowledge/schema/procedure-answer-schema.js';
import type { Knowledge } from '../../core/knowledge/knowledge.js';
import { checkKnowledgeReferences } from './check-references.js';
import { KnowledgeError } from './knowledge-error.js';
import { readYamlFile } from './read-yaml-file.js';

/** All `.yaml` files under `dir`, recursively, in a stable order. */
function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') || name.endsWith('.yml') ? [path] : [];
  });
}

/**
 * Loads and validates everything under `root` (the `knowledge/` folder).
 * Throws a KnowledgeError naming the file, the path inside it and the reason.
 */
export function loadKnowledge(root: string): Knowledge {
  if (!existsSync(root)) throw new KnowledgeError(root, ['knowledge folder not found']);
  const read = <T>(file: string, schema: Parameters<typeof readYamlFile>[1]) => readYamlFile(file, schema, root) as T;
  const knowledge: Knowledge = {
    caseTypes: yamlFiles(join(root, 'case-types')).map((f) => read(f, caseTypeSchema)),
    facts: yamlFiles(join(root, 'facts')).flatMap((f) => read<{ facts: Knowledge['facts'] }>(f, caseFactFileSchema).facts),
    events: yamlFiles(join(root, 'events')).flatMap((f) => read<{ events: Knowledge['events'] }>(f, eventFileSchema).events),
    deadlineRules: yamlFiles(join(root, 'deadlines')).flatMap((f) => read<{ rules: Knowledge['deadlineRules'] }>(f, deadlineFileSchema).rules),
    checklists: yamlFiles(join(root, 'checklists')).map((f) => read(f, checklistSchema)),
    procedure: yamlFiles(join(root, 'procedure')).flatMap((f) => read<{ answers: Knowledge['procedure'] }>(f, procedureFileSchema).answers),
    calendarYears: yamlFiles(join(root, 'calendar')).map((f) => read(f, calendarYearSchema)),
  };
  checkKnowledgeReferences(knowledge);
  return Object.freeze(knowledge);
}
