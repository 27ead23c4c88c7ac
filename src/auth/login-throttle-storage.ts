import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Logger, OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { AppConfig } from '../config/app-config';
import { redisOptions } from '../queue/redis-connection';

/**
 * Where the sign-in limit counts attempts: in Redis, under the deployment's key prefix, so every
 * `api` process shares one count per client address (two replicas cannot double the limit).
 * While Redis is unreachable each process counts on its own (a per-process limit still holds)
 * instead of failing the sign-in.
 */
export class LoginThrottleStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly logger = new Logger('LoginThrottle');
  private readonly shared: ThrottlerStorageRedisService;
  private readonly local = new ThrottlerStorageService();
  private warned = false;

  constructor(config: AppConfig) {
    this.shared = new ThrottlerStorageRedisService({
      ...redisOptions(config.REDIS_URL),
      keyPrefix: `${config.QUEUE_PREFIX}:login-throttle:`,
      // A sign-in must not wait long on Redis: fall back to the per-process count instead.
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      connectTimeout: 2000,
    });
    this.shared.redis.on('error', () => undefined);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    try {
      const record = await this.shared.increment(key, ttl, limit, blockDuration, throttlerName);
      this.warned = false;
      return record;
    } catch (error) {
      if (!this.warned) {
        this.warned = true;
        this.logger.warn({ err: error }, 'Redis unavailable: the sign-in limit counts per process');
      }
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  onModuleDestroy(): void {
    this.shared.onModuleDestroy();
    this.local.onApplicationShutdown();
  }
}
