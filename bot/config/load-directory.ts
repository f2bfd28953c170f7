import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { ConfigError } from './config-error.js';
import { directorySchema } from './directory-schema.js';
import type { Directory } from './directory.js';

/**
 * Parses the CASEBOT_CONFIG YAML text. Every problem names the key path to fix,
 * e.g. `CASEBOT_CONFIG (casebot.yaml) people.1.role: expected one of officer|reviewer|…`.
 */
export function parseDirectory(text: string, label = 'CASEBOT_CONFIG'): Directory {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((e) => `${label}: not valid YAML: ${e.message.split('\n')[0]}`));
  }
  const raw: unknown = doc.toJS() ?? {};
  const result = directorySchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${label} ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`));
  }
  return result.data;
}

/** Reads and parses the directory file; a missing file is a config error naming CASEBOT_CONFIG. */
export function loadDirectory(path: string): Directory {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError([`CASEBOT_CONFIG: cannot read "${path}" (${(err as NodeJS.ErrnoException).code ?? 'error'})`], { cause: err });
  }
  return parseDirectory(text, `CASEBOT_CONFIG (${path})`);
}
