import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { packageRoot } from '../../bot/paths.js';

/** One officer question and the patterns a good reply must match (../shared/examples/dev-queries.yaml). */
export interface DevQuery {
  q: string;
  all: string[];
}

/**
 * The shared development questions. CI lays `shared/` beside the clone, so the file is found
 * next to the package root; a copy under tests/fixtures keeps the suite runnable without it.
 */
export function loadDevQueries(): DevQuery[] {
  const root = packageRoot();
  for (const file of [join(root, '..', 'shared', 'examples', 'dev-queries.yaml'), join(root, 'tests', 'fixtures', 'dev-queries.yaml')]) {
    try {
      return parse(readFileSync(file, 'utf8')) as DevQuery[];
    } catch {
      // try the next location
    }
  }
  throw new Error('dev-queries.yaml not found beside the package or in tests/fixtures');
}
