/** A sleep that ends early when someone calls wake() (new work, a freed slot, stop). */
export class WakeSignal {
  private waiter: (() => void) | undefined;
  private pending = false;

  wake(): void {
    this.pending = true;
    this.waiter?.();
  }

  /** Sleeps up to `ms`; returns at once if woken since the last wait. */
  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiter = undefined;
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.waiter = done;
    });
  }
}
