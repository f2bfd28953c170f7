/**
 * Reading untrusted payloads without trusting their shape: every accessor returns undefined
 * for anything that is not what the field should be, so a malformed body parses to "ignore".
 */
export type Fields = Record<string, unknown>;

export function asFields(value: unknown): Fields | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : undefined;
}

export function str(obj: Fields | undefined, key: string): string | undefined {
  const v = obj?.[key];
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

export function obj(parent: Fields | undefined, key: string): Fields | undefined {
  return asFields(parent?.[key]);
}

/** Slack's "1515449522.000016" message timestamps as ISO time. */
export function tsToIso(ts: string | undefined): string | undefined {
  if (!ts) return undefined;
  const seconds = Number(ts);
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : undefined;
}
