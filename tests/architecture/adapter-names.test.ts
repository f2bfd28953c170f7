import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../bot/paths.js';

/**
 * style.md rule 4: each chat-platform adapter's index.ts exports `create<Name>Adapter`
 * (createSlackAdapter, createTeamsAdapter, createWeComAdapter). Only folders with an index.ts
 * are checked (the console has no adapter object). Back ends that also live in adapters/
 * (design.md: record store, job queue) are not chat adapters and are listed here; any other
 * new folder is taken to be a platform and must follow the convention.
 */
const BACK_ENDS = new Set(['store', 'queue', 'jobs']);
const adaptersDir = join(packageRoot(), 'adapters');
const withIndex = readdirSync(adaptersDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !BACK_ENDS.has(d.name) && existsSync(join(adaptersDir, d.name, 'index.ts')))
  .map((d) => d.name);

describe('adapter index exports', () => {
  it.each(withIndex.length ? withIndex : ['(none yet)'])('%s/index.ts exports create<Name>Adapter', async (folder) => {
    if (folder === '(none yet)') return;
    const mod = (await import(pathToFileURL(join(adaptersDir, folder, 'index.ts')).href)) as Record<string, unknown>;
    const wanted = folder.replace(/-/g, '').toLowerCase();
    const factories = Object.keys(mod).filter((name) => /^create[A-Z]\w*Adapter$/.test(name));
    const own = factories.filter((name) => name.slice('create'.length, -'Adapter'.length).toLowerCase() === wanted);
    expect(own, `exports: ${Object.keys(mod).join(', ')}`).toHaveLength(1);
    expect(typeof mod[own[0]!]).toBe('function');
  });
});
