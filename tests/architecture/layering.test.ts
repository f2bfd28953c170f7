import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../bot/paths.js';
import { findCycles, type ImportEdge, importEdges, importSpecifiers, packageName, tsFiles } from './import-graph.js';

/**
 * design.md "Shape of the code": bot → core, bot → adapters, adapters → core (types only);
 * core is pure — no I/O, no SDK, queue, database or HTTP package, not even node: built-ins.
 */
const CORE_PACKAGES = new Set(['zod', 'json-rules-engine']);

const root = packageRoot();
const edges = importEdges(root, ['core', 'adapters', 'bot'].flatMap((dir) => tsFiles(root, dir)));
const describeEdge = (e: ImportEdge) => `${e.from} → ${e.specifier}`;

describe('layering', () => {
  it('finds the sources it checks', () => {
    expect(edges.filter((e) => e.from.startsWith('core/')).length).toBeGreaterThan(10);
    expect(edges.filter((e) => e.from.startsWith('bot/')).length).toBeGreaterThan(10);
  });

  it('core imports only core, zod and json-rules-engine', () => {
    const bad = edges.filter((e) => e.from.startsWith('core/')).filter((e) =>
      e.target ? !e.target.startsWith('core/') : !CORE_PACKAGES.has(packageName(e.specifier)));
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('adapters never import the application (bot/)', () => {
    const bad = edges.filter((e) => e.from.startsWith('adapters/') && e.target?.startsWith('bot/'));
    expect(bad.map(describeEdge)).toEqual([]);
  });

  it('has no import cycles in core, adapters and bot', () => {
    const graph = new Map<string, string[]>();
    for (const e of edges) {
      if (!e.target) continue;
      graph.set(e.from, [...(graph.get(e.from) ?? []), e.target]);
    }
    expect(findCycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('reads static, type-only, side-effect, re-export and dynamic imports, but not comments', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "import 'node:fs';",
      "export { c } from '@scope/pkg/sub';",
      "const d = await import('./d.js');",
      '/** @example import { e } from "./e.js"; */',
      "// import f from './f.js';",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./a.js', '../b.js', '@scope/pkg/sub', 'node:fs', './d.js']);
    expect(packageName('@scope/pkg/sub')).toBe('@scope/pkg');
  });

  it('finds a cycle and ignores a diamond', () => {
    const cycle = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]);
    expect(findCycles(cycle)).toEqual([['a', 'b', 'c', 'a']]);
    const diamond = new Map([['a', ['b', 'c']], ['b', ['d']], ['c', ['d']], ['d', []]]);
    expect(findCycles(diamond)).toEqual([]);
  });
});
