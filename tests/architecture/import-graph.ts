import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One import of one source file: the specifier as written and, if relative, the file it resolves to. */
export interface ImportEdge {
  from: string;
  specifier: string;
  /** Repository-relative path of the imported .ts file, for relative imports. */
  target?: string;
}

/** Every .ts file (not .d.ts) under `dir`, repository-relative. */
export function tsFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return name === 'node_modules' ? [] : tsFiles(root, path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Source without comments, so an `import … from '…'` inside TSDoc is not mistaken for code. */
function stripComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

const IMPORT_PATTERNS = [
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /(?:^|[\s;])import\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Specifiers a TypeScript source imports or re-exports, static and dynamic. */
export function importSpecifiers(source: string): string[] {
  const code = stripComments(source);
  return IMPORT_PATTERNS.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1]!));
}

/** The imports of each file; relative `.js` specifiers resolve to the `.ts` source (NodeNext style). */
export function importEdges(root: string, files: string[]): ImportEdge[] {
  return files.flatMap((from) => importSpecifiers(readFileSync(join(root, from), 'utf8')).map((specifier) => {
    if (!specifier.startsWith('.')) return { from, specifier };
    const abs = resolve(root, dirname(from), specifier).replace(/\.js$/, '.ts');
    return { from, specifier, target: relative(root, abs) };
  }));
}

/** The package an import names: `@scope/name/sub` → `@scope/name`, `zod/v4` → `zod`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Every import cycle in a graph (depth-first search), each as a path that returns to its start. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, 'active');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'active') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}
