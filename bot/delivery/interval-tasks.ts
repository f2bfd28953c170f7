import type { DeliveryLogger } from './delivery-context.js';

interface Task {
  name: string;
  everyMs: number;
  fn: () => Promise<void>;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
}

/**
 * Periodic tasks for one process (default mode has one process, so "once across the cluster" is
 * simply "once"). A run never overlaps the previous one; a failing run is logged.
 */
export class IntervalTasks {
  private readonly tasks = new Map<string, Task>();
  private started = false;

  constructor(private readonly logger?: DeliveryLogger) {}

  add(name: string, everyMs: number, fn: () => Promise<void>): void {
    this.stopTask(this.tasks.get(name));
    const task: Task = { name, everyMs, fn };
    this.tasks.set(name, task);
    if (this.started) this.startTask(task);
  }

  start(): void {
    this.started = true;
    for (const task of this.tasks.values()) this.startTask(task);
  }

  async stop(): Promise<void> {
    this.started = false;
    for (const task of this.tasks.values()) this.stopTask(task);
    await Promise.allSettled([...this.tasks.values()].map((t) => t.running));
  }

  private startTask(task: Task): void {
    task.timer = setInterval(() => {
      if (task.running) return;
      task.running = task
        .fn()
        .catch((err: unknown) => this.logger?.error({ task: task.name, err: String(err) }, 'periodic task failed'))
        .finally(() => (task.running = undefined));
    }, task.everyMs);
  }

  private stopTask(task: Task | undefined): void {
    if (task?.timer) clearInterval(task.timer);
  }
}
