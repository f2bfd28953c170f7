import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../paths.js';

/** The console page's files, read once at start-up: no CDN, no external asset. */
export interface ConsoleAssets {
  html: string;
  script: string;
  style: string;
}

/**
 * Only our own origin may supply scripts, styles and fetch targets; no inline script or
 * event-handler attribute runs, so even a markup slip in a reply could not execute.
 */
export const CONSOLE_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "img-src 'self' data:",
  "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

export function readConsoleAssets(dir = join(packageRoot(), 'adapters', 'console', 'page')): ConsoleAssets {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return { html: read('index.html'), script: read('console.js'), style: read('console.css') };
}
