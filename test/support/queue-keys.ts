import { Redis } from 'ioredis';

/**
 * Deletes every Redis key of one queue prefix (a test's or a benchmark's own queues); no-op if
 * Redis is gone.
 */
export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  if (!/^(test|bench)-/.test(prefix)) throw new Error(`refusing to delete keys of ${prefix}`);
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    /* Redis stopped by the test itself: nothing to clean there. */
  } finally {
    redis.disconnect();
  }
}
