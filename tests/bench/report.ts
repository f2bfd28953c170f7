import { writeFileSync } from 'node:fs';
import type { BenchResult, BenchTarget } from './bench-section.js';

export interface SectionOutcome {
  id: string;
  title: string;
  result?: BenchResult;
  error?: string;
}

function judge(t: BenchTarget, figures: BenchResult['figures']): string {
  const value = figures[t.metric];
  if (typeof value !== 'number') return `${t.metric} ${t.op} ${t.value}: no figure`;
  const met = t.op === '<=' ? value <= t.value : value >= t.value;
  return `${met ? 'MET ' : 'MISS'} ${t.metric} ${t.op} ${t.value}`;
}

/** A plain table per section, figures then targets, for the terminal and the closing note. */
export function formatReport(outcomes: SectionOutcome[]): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    lines.push('', `## ${o.title}`);
    if (o.error) {
      lines.push(`  FAILED: ${o.error}`);
      continue;
    }
    const figures = o.result!.figures;
    const width = Math.max(...Object.keys(figures).map((k) => k.length));
    for (const [k, v] of Object.entries(figures)) lines.push(`  ${k.padEnd(width)}  ${v}`);
    for (const t of o.result!.targets ?? []) lines.push(`  target: ${judge(t, figures)}`);
  }
  return lines.join('\n');
}

/** bench-results.json: the figures with the machine they were taken on. */
export function writeResults(path: string, outcomes: SectionOutcome[], machine: Record<string, unknown>): void {
  const sections = Object.fromEntries(outcomes.map((o) => [o.id, o.error ? { title: o.title, error: o.error } : { title: o.title, ...o.result }]));
  writeFileSync(path, `${JSON.stringify({ takenAt: new Date().toISOString(), machine, sections }, null, 2)}\n`);
}
