/** Work to run inside a transaction of the batch. */
type Work<S> = (scope: S) => Promise<unknown>;

interface Pending<S> {
  work: Work<S>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const MAX_BATCH = 200;

/**
 * Group commit: runs the small writes that arrive within one event-loop turn in a single
 * transaction. Each caller's promise resolves only after that transaction committed, so its write
 * is exactly as durable as alone — but a synchronous, fsync'd SQLite commit (about 1 ms, blocking
 * the event loop) is paid once per batch instead of once per delivery. If a batch fails, each
 * piece runs again alone, so one bad write cannot fail the others.
 */
export class GroupCommit<S> {
  private readonly queue: Pending<S>[] = [];
  private scheduled = false;

  constructor(private readonly transaction: <T>(fn: (scope: S) => Promise<T>) => Promise<T>) {}

  run<T>(work: (scope: S) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, MAX_BATCH);
    try {
      const results = await this.transaction(async (scope) => {
        const out: unknown[] = [];
        for (const item of batch) out.push(await item.work(scope));
        return out;
      });
      batch.forEach((item, i) => item.resolve(results[i]));
    } catch {
      for (const item of batch) {
        await this.transaction((scope) => item.work(scope)).then(item.resolve, item.reject);
      }
    } finally {
      this.scheduled = false;
      if (this.queue.length > 0) this.schedule();
    }
  }
}
