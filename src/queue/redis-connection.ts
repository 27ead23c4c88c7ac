import type { RedisOptions } from 'bullmq';

/** Connection options from a redis:// URL, usable by BullMQ and by ioredis alike. */
export function redisOptions(url: string): RedisOptions {
  const u = new URL(url);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    // Workers block on Redis; BullMQ requires unlimited retries per request.
    maxRetriesPerRequest: null,
  };
}
