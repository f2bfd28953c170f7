import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npx tsx bot/cli/main.ts …args` as a real subprocess in the package root, with its own
 * empty DATA_DIR (commands open the record store) unless the caller names one.
 */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'casebot-cli-'));
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'bot/cli/main.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir, ...env }, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      if (code !== 0 && !stderr) stderr = error?.message ?? '';
      resolve({ code, stdout, stderr });
    });
  });
}
