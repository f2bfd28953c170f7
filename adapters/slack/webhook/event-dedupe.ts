/**
 * A bounded set of recently seen ids (insertion-ordered Map used as an LRU). Slack retries an
 * event up to 3 times over about 5 minutes (docs.slack.dev/apis/events-api), so a few thousand
 * ids cover the window for a workload far above casebot's.
 */
export class RecentIds {
  private readonly seen = new Map<string, true>();

  constructor(private readonly capacity = 5000) {}

  /** true the first time `id` is seen, false on every repeat while it is remembered. */
  firstTime(id: string): boolean {
    if (this.seen.has(id)) {
      this.seen.delete(id);
      this.seen.set(id, true);
      return false;
    }
    this.seen.set(id, true);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}
