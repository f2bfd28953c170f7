/**
 * Scaled mode survives SIGKILL: a worker process is killed in the middle of a 200-destination
 * broadcast; after a restart the stalled jobs return to the queue and every destination has its
 * push; the only duplicates are pushes that were in flight at the kill.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { describeWithService, serviceUrl } from '../support/require-service.js';
import { crashAndRecover } from './support/crash-harness.js';
import { deletePrefix, randomPrefix } from './redis-test-support.js';

const redisUrl = serviceUrl('redis');

await describeWithService('redis', redisUrl, 'bullmq runner crash recovery', () => {
  let dir: string | undefined;
  const prefix = randomPrefix();
  afterEach(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    await deletePrefix(redisUrl, prefix);
  });

  it('SIGKILL mid-broadcast loses nothing after restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'casebot-crash-bullmq-'));
    const result = await crashAndRecover({
      dataDir: dir, total: 200, killAfter: 60, concurrency: 10, env: { CRASH_MODE: 'bullmq', REDIS_URL: redisUrl, BULL_PREFIX: prefix },
    });
    console.info('bullmq crash figures', result);
    expect(result.receivedFromKilled).toBeLessThan(200);
    expect(result.missing).toBe(0);
    expect(result.duplicates).toBeLessThanOrEqual(result.inFlightAtKill);
    expect(result.inFlightAtKill).toBeLessThanOrEqual(10);
  }, 90_000);
});
