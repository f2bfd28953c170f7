import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Knowledge } from '../../../core/knowledge/knowledge.js';
import { knowledgeDirFromEnv } from '../../config/load-config.js';
import { loadKnowledge } from '../../knowledge/load-knowledge.js';

/** What `knowledge check --json` prints; operators' scripts rely on exactly these keys. */
export interface KnowledgeCounts {
  caseTypes: number;
  domains: number;
  deadlineRules: number;
  checklists: number;
  calendarYears: number[];
}

export function countKnowledge(k: Knowledge): KnowledgeCounts {
  return {
    caseTypes: k.caseTypes.length,
    domains: new Set(k.caseTypes.map((c) => c.domain)).size,
    deadlineRules: k.deadlineRules.length,
    checklists: k.checklists.length,
    calendarYears: [...new Set(k.calendarYears.map((y) => y.year))].sort((a, b) => a - b),
  };
}

function describe(dir: string, k: Knowledge, c: KnowledgeCounts): string {
  return [
    `knowledge OK: ${dir}`,
    `  case types       ${c.caseTypes} in ${c.domains} domains`,
    `  deadline rules   ${c.deadlineRules}`,
    `  checklists       ${c.checklists}`,
    `  procedure Q&A    ${k.procedure.length}`,
    `  events / facts   ${k.events.length} / ${k.facts.length}`,
    `  calendar years   ${c.calendarYears.join(', ') || '(none)'}`,
  ].join('\n');
}

/** `casebot knowledge check [--json]`: validates every knowledge file; exit 1 with the reason on failure. */
export function registerKnowledge(program: Command): void {
  const knowledge = program.command('knowledge').description('work with the knowledge base (knowledge/)');
  knowledge
    .command('check')
    .description('validate every knowledge file and print counts')
    .option('--json', 'print the counts as JSON')
    .option('--dir <path>', 'knowledge folder (default: KNOWLEDGE_DIR or the package knowledge/)')
    .action((opts: { json?: boolean; dir?: string }) => {
      const dir = opts.dir ? resolve(opts.dir) : knowledgeDirFromEnv();
      const k = loadKnowledge(dir);
      const counts = countKnowledge(k);
      process.stdout.write(`${opts.json ? JSON.stringify(counts) : describe(dir, k, counts)}\n`);
    });
}
