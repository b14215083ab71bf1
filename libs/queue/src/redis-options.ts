import type { RedisOptions } from 'bullmq';

/**
 * ioredis options from REDIS_URL. Producers (the API, the outbox relay) fail fast while Redis is
 * down, and give up on a command after 5 s while it hangs (a paused server), so nothing waits on
 * it for long: the relay's transaction rolls back and tries again. Workers block on Redis and
 * must retry for ever, as BullMQ requires (`maxRetriesPerRequest: null`).
 */
export function redisOptions(url: string, role: 'producer' | 'worker'): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    connectTimeout: 5000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...(role === 'producer'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 5000 }
      : { maxRetriesPerRequest: null }),
  };
}
