import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadKnowledge } from '../../bot/knowledge/load-knowledge.js';
import { KnowledgeError } from '../../bot/knowledge/knowledge-error.js';
import { copyOwnKnowledge } from './own-knowledge.js';

const FILE = join('case-types', 'road-transport', 'road-passenger-unlicensed.yaml');
/** The broken file plus the facts its conditions name: enough for the loader, quick to parse. */
const PATHS = ['facts', FILE];

/** Copies the knowledge, lets `edit` change one case-type file, and returns the loader's error. */
function loadWith(edit: (data: Record<string, unknown>) => void): KnowledgeError {
  const dir = copyOwnKnowledge(PATHS);
  const path = join(dir, FILE);
  const data = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(data);
  writeFileSync(path, stringify(data));
  return expectError(dir);
}

function expectError(dir: string): KnowledgeError {
  try {
    loadKnowledge(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(KnowledgeError);
    return err as KnowledgeError;
  }
  throw new Error('loadKnowledge accepted broken knowledge');
}

describe('a broken knowledge copy fails with file, path and reason', () => {
  it('loads the unbroken copy', () => {
    expect(loadKnowledge(copyOwnKnowledge(PATHS)).caseTypes.map((c) => c.ref)).toEqual(['C2']);
  });

  it('rejects an article written in Arabic numerals', () => {
    const err = loadWith((d) => { ((d.penalty as { provision: { citation: { article: string } } }).provision.citation).article = '第63条'; });
    expect(err.message).toContain(FILE);
    expect(err.message).toContain('penalty.provision.citation.article');
    expect(err.message).toMatch(/Chinese numerals/);
  });

  it('rejects a case type without aliases', () => {
    const err = loadWith((d) => { d.aliases = []; });
    expect(err.message).toContain(FILE);
    expect(err.message).toMatch(/aliases: .*(small|>=1)/);
  });

  it('rejects a condition over an unknown fact', () => {
    const err = loadWith((d) => {
      (d.evidence as Array<Record<string, unknown>>).push({ id: 'x-item', name: '某证据', why: '测试', when: { all: [{ fact: 'noSuchFact', operator: 'equal', value: true }] }, whenLabel: '测试时' });
    });
    expect(err.message).toContain('road-passenger-unlicensed');
    expect(err.message).toContain('unknown fact "noSuchFact"');
  });

  it('rejects text that is not YAML', () => {
    const dir = copyOwnKnowledge(PATHS);
    writeFileSync(join(dir, FILE), 'id: [unclosed\n  name: x\n');
    const err = expectError(dir);
    expect(err.message).toContain(FILE);
    expect(err.message).toMatch(/not valid YAML/);
  });
});
