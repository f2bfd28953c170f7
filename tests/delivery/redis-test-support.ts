import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** A random BullMQ key prefix, so tests never see each other's queues. */
export function randomPrefix(): string {
  return `casebot-test-${randomBytes(6).toString('hex')}`;
}

/** Deletes every key under `prefix` (the test's queues and rate windows). */
export async function deletePrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
