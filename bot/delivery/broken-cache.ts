import type { BrokenDestination, DestinationStateRepository } from '../../adapters/store/repositories/destination-state.js';

/**
 * The broken marks, read from the store at most once per `ttlMs` instead of once per push (a
 * broadcast asks for every delivery). Marks this process sets are seen at once; marks set or
 * cleared elsewhere (another worker, `deliveries retry`) within `ttlMs`.
 */
export class BrokenCache {
  private snapshot = new Map<string, BrokenDestination>();
  private loadedAt = -Infinity;
  private loading: Promise<void> | undefined;

  constructor(private readonly destinations: DestinationStateRepository, private readonly ttlMs = 1_000) {}

  async get(key: string, now: number): Promise<BrokenDestination | undefined> {
    if (now - this.loadedAt > this.ttlMs) await this.refresh(now);
    return this.snapshot.get(key);
  }

  /** Records a mark this process just wrote. */
  remember(mark: BrokenDestination): void {
    this.snapshot.set(mark.destinationKey, mark);
  }

  /** Forces a re-read on the next get (after this process cleared marks). */
  invalidate(): void {
    this.loadedAt = -Infinity;
  }

  private refresh(now: number): Promise<void> {
    this.loading ??= this.destinations
      .listBroken()
      .then((marks) => {
        this.snapshot = new Map(marks.map((m) => [m.destinationKey, m]));
        this.loadedAt = now;
      })
      .finally(() => (this.loading = undefined));
    return this.loading;
  }
}
