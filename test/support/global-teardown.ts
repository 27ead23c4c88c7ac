import Redis from 'ioredis';
import { REDIS_URL, withAdminClient } from './test-env';

/** Drops every database and Redis key this run created. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.CYBERVET_TEST_RUN;
  if (!runId) return;
  await withAdminClient(async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${runId}%`],
    );
    for (const { datname } of rows) {
      await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${runId}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // Redis down at teardown (e.g. after an outage test): nothing more to clean.
  } finally {
    redis.disconnect();
  }
}
