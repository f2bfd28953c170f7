import type { RedisOptions as BullmqRedisOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';

// Reconnect quickly after a Redis restart (BullMQ's own default backs off to 20 s).
const reconnectQuickly = (times: number): number => Math.min(1_000, 100 * times);

/**
 * The producer connection: fails fast while Redis is down (no offline queue, one retry), so
 * enqueueing never holds up a user's answer; the reconciler hands over what did not make it.
 */
export function createProducerConnection(url: string): Redis {
  const options: RedisOptions = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 5_000,
    retryStrategy: reconnectQuickly,
  };
  return new Redis(url, options);
}

/** Options for BullMQ Worker connections, which must retry forever (maxRetriesPerRequest null). */
export function workerConnectionOptions(url: string): BullmqRedisOptions {
  return { url, maxRetriesPerRequest: null, retryStrategy: reconnectQuickly, connectTimeout: 2_000 };
}
