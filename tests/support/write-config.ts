import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Writes a CASEBOT_CONFIG file (YAML lines: units, people, quietHours …) into a fresh temporary
 * folder and returns its path, for tests that start the app with their own directory.
 * @example startTestApp({ env: { CASEBOT_CONFIG: writeTestConfig(['quietHours: none', 'units: []']) } })
 */
export function writeTestConfig(lines: readonly string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'casebot-config-')), 'casebot.yaml');
  writeFileSync(file, lines.join('\n'));
  return file;
}
