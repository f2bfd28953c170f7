/**
 * Reads an HTTP `Retry-After` value (delta-seconds or an HTTP date) as milliseconds.
 * Returns `fallbackMs` when the header is absent or unreadable.
 */
export function retryAfterMs(header: string | null | undefined, now: number, fallbackMs: number): number {
  if (!header) return fallbackMs;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return fallbackMs;
  return Math.max(0, at - now);
}
