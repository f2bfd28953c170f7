/**
 * Default mode survives SIGKILL: a runner process is killed in the middle of a 200-destination
 * broadcast to a real HTTP receiver; after a restart every destination has its push
 * (at-least-once), and the only duplicates are pushes that were in flight at the kill.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { crashAndRecover } from './support/crash-harness.js';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

it('outbox runner: SIGKILL mid-broadcast loses nothing after restart', async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebot-crash-outbox-'));
  const result = await crashAndRecover({ dataDir: dir, total: 200, killAfter: 60, concurrency: 10, env: { CRASH_MODE: 'outbox' } });
  console.info('outbox crash figures', result);
  expect(result.receivedFromKilled).toBeLessThan(200); // really killed mid-way
  expect(result.missing).toBe(0);
  expect(result.duplicates).toBeLessThanOrEqual(result.inFlightAtKill);
  expect(result.inFlightAtKill).toBeLessThanOrEqual(10);
}, 90_000);
