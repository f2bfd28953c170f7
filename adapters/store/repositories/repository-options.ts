import { randomUUID } from 'node:crypto';

/** The clock and id source of a repository; tests pass fakes. */
export interface RepositoryOptions {
  now?: () => Date;
  newId?: () => string;
}

/** RepositoryOptions with defaults filled in. */
export interface RepositoryContext {
  now: () => Date;
  newId: () => string;
  /** now() as ISO-8601 UTC text, the format of every stored instant. */
  nowIso: () => string;
}

/** Fills in the system clock and random UUIDs. */
export function repositoryContext(options: RepositoryOptions = {}): RepositoryContext {
  const now = options.now ?? (() => new Date());
  return { now, newId: options.newId ?? randomUUID, nowIso: () => now().toISOString() };
}
