/** A date found in a message, with where it was found. */
export interface FoundDate {
  date: string;
  index: number;
  end: number;
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function shift(today: string, days: number): string {
  const t = new Date(`${today}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

const RELATIVE: Record<string, number> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 明天: 1, 明日: 1, 后天: 2, today: 0, yesterday: -1, tomorrow: 1 };

// Order matters: full dates before month-day forms, so "2026年9月25日" is not read as "9月25日".
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, year: number) => string | undefined }[] = [
  { re: /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/g, read: (m) => valid(+m[1]!, +m[2]!, +m[3]!) },
  { re: /(?<![\d.])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/g, read: (m, y) => valid(y, +m[1]!, +m[2]!) },
  // "9.25" but not "12.5吨" or "3.5米": a decimal followed by a unit is a quantity.
  { re: /(?<![\d.\-/])(\d{1,2})[./](\d{1,2})(?![\d.\-/]|\s*(?:吨|米|元|万|公斤|千克|公里|%|kg|t\b|m\b))/g, read: (m, y) => valid(y, +m[1]!, +m[2]!) },
  { re: /今天|今日|昨天|昨日|前天|明天|明日|后天|\btoday\b|\byesterday\b|\btomorrow\b/gi, read: () => undefined },
];

/**
 * Dates in a message: 2026-09-25, 2026/9/25, 2026年9月25日, 9月25日, 9.25, 今天, 昨天 …
 * A date without a year takes the year of `today`. Invalid dates (2月30日) are ignored.
 *
 * @example parseDates('2026年1月5日立案', '2026-11-25') // [{ date: '2026-01-05', index: 0, … }]
 */
export function parseDates(text: string, today: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  const year = Number(today.slice(0, 4));
  for (const { re, read } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const index = m.index;
      const end = index + m[0].length;
      if (taken.some(([a, b]) => index < b && end > a)) continue;
      const rel = RELATIVE[m[0].toLowerCase()];
      const date = rel !== undefined ? shift(today, rel) : read(m as RegExpExecArray, year);
      if (!date) continue;
      taken.push([index, end]);
      found.push({ date, index, end, text: m[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
