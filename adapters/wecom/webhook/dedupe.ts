/**
 * Remembers message ids for a while so WeCom's retries (it retries three times when it gets no
 * answer within 5 s — doc 90238) never produce a second answer. In memory: one process only;
 * several instances behind a load balancer would need a shared store (Redis SET NX).
 */
export interface Deduper {
  /** true the first time an id is seen within the window, false for a repeat. */
  firstSeen(id: string): boolean;
}

/** @param ttlMs how long an id is remembered; @param maxEntries oldest ids are dropped beyond this. */
export function createDeduper(ttlMs: number, maxEntries: number, now: () => number = Date.now): Deduper {
  const seen = new Map<string, number>();
  return {
    firstSeen(id) {
      const t = now();
      // Map keeps insertion order, so expired entries sit at the front.
      for (const [key, at] of seen) {
        if (t - at < ttlMs && seen.size < maxEntries) break;
        seen.delete(key);
      }
      if (seen.has(id)) return false;
      seen.set(id, t);
      return true;
    },
  };
}
