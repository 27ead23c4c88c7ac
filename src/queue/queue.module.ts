import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig } from '../config/app-config';
import { QueueErrorLogger } from './queue-error-logger';
import { redisOptions } from './redis-connection';

export const QUEUES = {
  AUDIT: 'audit',
  SCREENING: 'screening',
  REPORTS: 'reports',
  CAPTURE: 'capture',
} as const;

/** The BullMQ connection for every queue, with the deployment's key prefix. */
@Global()
@Module({
  imports: [
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisOptions(config.REDIS_URL),
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: {
          removeOnComplete: 1000,
          removeOnFail: 5000,
          attempts: 5,
          backoff: { type: 'exponential', delay: 2000 },
        },
      }),
    }),
  ],
  providers: [QueueErrorLogger],
})
export class QueueModule {}
