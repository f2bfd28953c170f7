import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countKnowledge } from '../../bot/cli/commands/knowledge-check.js';
import { loadKnowledge } from '../../bot/knowledge/load-knowledge.js';
import { defaultKnowledgeDir } from '../../bot/paths.js';
import { runCli } from './run-cli.js';

describe('casebot CLI', () => {
  it('ask prints the plain-text reply the console gives', async () => {
    const r = await runCli(['ask', '帮助']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().length).toBeGreaterThan(10);
  });

  it('ask answers a deadline question with the computed date', async () => {
    const r = await runCli(['ask', '--now', '2026-01-10', '2026年1月5日立案，最晚哪天作出处罚决定']);
    expect(r.code).toBe(0);
    // legal-facts.md §2 worked example: 2026-04-05 falls in the 清明 break, so the period ends 2026-04-07.
    expect(r.stdout).toMatch(/2026-04-07|2026年4月7日/);
  });

  it('knowledge check --json prints exactly the documented counts', async () => {
    const r = await runCli(['knowledge', 'check', '--json']);
    expect(r.code).toBe(0);
    const counts = JSON.parse(r.stdout);
    expect(Object.keys(counts)).toEqual(['caseTypes', 'domains', 'deadlineRules', 'checklists', 'calendarYears']);
    expect(counts).toEqual(countKnowledge(loadKnowledge(defaultKnowledgeDir())));
    expect(counts.calendarYears).toEqual(expect.arrayContaining([2025, 2026]));
  });

  it('knowledge check fails with exit 1 naming the bad file, path and reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebot-knowledge-'));
    mkdirSync(join(dir, 'case-types', '道路运输'), { recursive: true });
    writeFileSync(join(dir, 'case-types', '道路运输', 'broken.yaml'), 'id: Not_Kebab\nname: 坏\n');
    const r = await runCli(['knowledge', 'check', '--dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^casebot: case-types\/道路运输\/broken\.yaml: .*id/);
  });

  it('deadlines --json gives {rule, title, trigger, due, basis, estimate, derivation} per due date', async () => {
    const r = await runCli(['deadlines', '--event', '立案=2026-09-25', '--event', '告知=2026-09-29', '--json', '--now', '2026-10-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['basis', 'derivation', 'due', 'estimate', 'rule', 'title', 'trigger']);
    // design.md: "2026-09-29 告知 + 5 个工作日，跳过国庆假期 → 2026-10-12"
    expect(rows).toContainEqual(expect.objectContaining({ trigger: 'notified', due: '2026-10-12', estimate: false, basis: expect.stringContaining('第六十四条') }));
    expect(rows).toContainEqual(expect.objectContaining({ trigger: 'filed', due: '2026-12-24', basis: expect.stringContaining('第六十条') }));
  });

  it('deadlines accepts English event names with the same result', async () => {
    const zh = await runCli(['deadlines', '--event', '立案=2026-09-25', '--json']);
    const en = await runCli(['deadlines', '--event', 'filing=2026-09-25', '--json']);
    expect(en.code).toBe(0);
    const dues = (out: string) => (JSON.parse(out) as { rule: string; due: string }[]).map((d) => `${d.rule}@${d.due}`);
    expect(dues(en.stdout)).toEqual(dues(zh.stdout));
  });

  it('deadlines rejects an unknown event or a bad date with exit 1', async () => {
    const unknown = await runCli(['deadlines', '--event', '开会=2026-09-25']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown event "开会"');
    const badDate = await runCli(['deadlines', '--event', '立案=2026-02-30']);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('expected <event>=<YYYY-MM-DD>');
  });

  it('worker without REDIS_URL explains that default mode delivers inside serve, and exits non-zero', async () => {
    const r = await runCli(['worker']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('REDIS_URL');
  });
});
