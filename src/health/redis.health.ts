import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { redisOptions } from '../queue/redis-connection';

@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(
    config: AppConfig,
    private readonly indicator: HealthIndicatorService,
  ) {
    // Fail fast rather than queue commands: readiness must answer while Redis is down.
    this.client = new Redis({
      ...redisOptions(config.REDIS_URL),
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1000,
      retryStrategy: () => 1000,
    });
    this.client.on('error', () => undefined);
  }

  async check(key: string): Promise<HealthIndicatorResult> {
    const health = this.indicator.check(key);
    try {
      if (this.client.status === 'wait') await this.client.connect();
      await this.client.ping();
      return health.up();
    } catch (error) {
      return health.down({ message: (error as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}
