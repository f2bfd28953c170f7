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
      const timer = setTimeout(done, Math.max(0, ms));
      const self = this;
      function done(): void {
        clearTimeout(timer);
        self.waiter = undefined;
        self.pending = false;
        resolve();
      }
      this.waiter = done;
    });
  }
}
