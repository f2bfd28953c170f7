import { CliError } from './cli-error.js';

/**
 * `--now 2026-09-25` (or a full ISO time) → a Date; absent → the real clock. A bare date means
 * noon in China Standard Time, so the calendar day is the same wherever the CLI runs.
 */
export function parseNow(value: string | undefined): Date {
  if (!value) return new Date();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00+08:00` : value;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new CliError(`--now: "${value}" is not a date (expected YYYY-MM-DD)`);
  return date;
}
