/** 'HH:mm' as minutes after midnight. */
export function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: constructing Intl.DateTimeFormat is the expensive part. */
function timeFormat(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) formats.set(timeZone, (f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })));
  return f;
}

/** Local wall-clock minutes of an instant in a time zone. */
export function localMinutes(instant: Date, timeZone: string): number {
  const parts = timeFormat(timeZone).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

/** The instant of `date` at `hhmm` local time in `timeZone` (whole-hour offsets such as Asia/Shanghai). */
export function atLocal(date: string, hhmm: string, timeZone: string): Date {
  const guess = new Date(`${date}T${hhmm}:00Z`);
  const offset = localMinutes(guess, timeZone) - minutes(hhmm);
  const fix = ((offset + 720 + 1440) % 1440) - 720;
  return new Date(guess.getTime() - fix * 60_000);
}

