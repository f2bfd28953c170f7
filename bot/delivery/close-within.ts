/** BullMQ objects (Worker, Queue, QueueEvents) close with an optional force flag. */
export interface Closable {
  close(force?: boolean): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Closes gracefully, forces after `ms`, and gives up after `ms` more: with Redis unreachable a
 * BullMQ close can wait forever, and shutdown (SIGTERM, tests) must not.
 */
export async function closeWithin(closable: Closable | undefined, ms: number): Promise<void> {
  if (!closable) return;
  const graceful = closable.close().then(() => true, () => true);
  if (await Promise.race([graceful, sleep(ms).then(() => false)])) return;
  await Promise.race([closable.close(true).catch(() => undefined), sleep(ms)]);
}
