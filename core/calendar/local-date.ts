import { ValidationError } from '../errors/validation-error.js';

/**
 * A calendar date without time or zone, as 'YYYY-MM-DD'. All arithmetic runs in UTC so that
 * no machine time zone or daylight-saving change can move a date.
 *
 * @example
 * const d: LocalDate = '2026-09-25';
 */
export type LocalDate = string;

const DAY_MS = 86_400_000;
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parts of a well-formed date, or undefined (wrong shape or a day that does not exist). */
function parts(date: string): { y: number; m: number; d: number } | undefined {
  const match = SHAPE.exec(date);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const back = new Date(Date.UTC(y, m - 1, d));
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return { y, m, d };
}

/**
 * true for a real calendar day written 'YYYY-MM-DD'.
 * @example isLocalDate('2026-02-29'); // false — 2026 is not a leap year
 */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && parts(value) !== undefined;
}

/**
 * Returns `value` when it is a real 'YYYY-MM-DD' day, else throws a ValidationError naming `what`.
 * @example parseLocalDate('2026-09-25', '立案'); // '2026-09-25'
 */
export function parseLocalDate(value: string, what = 'date'): LocalDate {
  if (!isLocalDate(value)) throw new ValidationError(`${what}: "${value}" is not a date (YYYY-MM-DD)`, [what]);
  return value;
}

// Deadline counting walks day by day; parsing and formatting dominate it, so both directions are
// memoised. Bounded: cleared when large (a few years of days is a few thousand entries).
const MEMO_LIMIT = 50_000;
const msOf = new Map<string, number>();
const dateOf = new Map<number, LocalDate>();

function toMs(date: LocalDate): number {
  const known = msOf.get(date);
  if (known !== undefined) return known;
  const p = parts(date);
  if (!p) throw new ValidationError(`"${date}" is not a date (YYYY-MM-DD)`, ['date']);
  if (msOf.size > MEMO_LIMIT) msOf.clear();
  const ms = Date.UTC(p.y, p.m - 1, p.d);
  msOf.set(date, ms);
  return ms;
}

function fromMs(ms: number): LocalDate {
  let date = dateOf.get(ms);
  if (date === undefined) {
    if (dateOf.size > MEMO_LIMIT) dateOf.clear();
    date = new Date(ms).toISOString().slice(0, 10);
    dateOf.set(ms, date);
  }
  return date;
}

/**
 * The date `n` days later (negative `n`: earlier).
 * @example addDays('2026-01-05', 90); // '2026-04-05'
 */
export function addDays(date: LocalDate, n: number): LocalDate {
  return fromMs(toMs(date) + n * DAY_MS);
}

/**
 * The date `n` months later. As 民法典 第二百零三条 counts month periods: the corresponding day
 * of the target month, or that month's last day when it has no such day.
 * @example addMonths('2026-08-31', 6); // '2027-02-28'
 */
export function addMonths(date: LocalDate, n: number): LocalDate {
  const p = parts(date);
  if (!p) throw new ValidationError(`"${date}" is not a date (YYYY-MM-DD)`, ['date']);
  const monthIndex = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(monthIndex / 12);
  const m = monthIndex - y * 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return fromMs(Date.UTC(y, m, Math.min(p.d, lastDay)));
}

/**
 * The date `n` years later; 29 February falls back to 28 February (民法典 第二百零三条).
 * @example addYears('2024-02-29', 1); // '2025-02-28'
 */
export function addYears(date: LocalDate, n: number): LocalDate {
  return addMonths(date, n * 12);
}

/**
 * Day of the week: 0 = Sunday … 6 = Saturday.
 * @example weekday('2026-02-28'); // 6 (Saturday)
 */
export function weekday(date: LocalDate): number {
  return new Date(toMs(date)).getUTCDay();
}

/** true on Saturday and Sunday. */
export function isWeekend(date: LocalDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** The year of a date. */
export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/**
 * Days from `from` to `to` (positive when `to` is later).
 * @example daysBetween('2026-01-05', '2026-04-05'); // 90
 */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** Negative, zero or positive like a sort comparator. 'YYYY-MM-DD' strings sort as dates. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The local calendar date of an instant in a time zone (default Asia/Shanghai). Pure: the
 * caller passes the instant; this never reads the clock.
 * @example localDateOf(new Date('2026-09-24T17:00:00Z')); // '2026-09-25'
 */
export function localDateOf(instant: Date, timeZone = 'Asia/Shanghai'): LocalDate {
  // Asked on every message; the answer only changes at midnight, so remember it per zone and minute.
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastDate.get(timeZone);
  if (last && last.minute === minute) return last.date;
  const date = dateFormat(timeZone).format(instant);
  lastDate.set(timeZone, { minute, date });
  return date;
}

const lastDate = new Map<string, { minute: number; date: LocalDate }>();

// Building an Intl.DateTimeFormat costs far more than formatting with one: keep one per zone.
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  // en-CA formats as YYYY-MM-DD.
  if (!f) formats.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f;
}

const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'] as const;
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/**
 * The weekday as officers write it: 星期六 (zh) or Sat (en).
 * @example weekdayName('2026-02-28'); // '星期六'
 */
export function weekdayName(date: LocalDate, locale: 'zh' | 'en' = 'zh'): string {
  const day = weekday(date);
  return locale === 'zh' ? `星期${WEEKDAYS_ZH[day]}` : WEEKDAYS_EN[day]!;
}
