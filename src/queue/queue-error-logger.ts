import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue } from 'bullmq';

/**
 * Sends every queue's and worker's 'error' events (a lost Redis connection, say) to the app's
 * logger. Without a listener BullMQ prints them with console.error and a stack trace; BullMQ
 * and the outbox retry on their own, so a warning is all they deserve.
 */
@Injectable()
export class QueueErrorLogger implements OnApplicationBootstrap {
  private readonly logger = new Logger('Queues');

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (instance instanceof Queue) {
        instance.on('error', (error: Error) => this.warn(`queue ${instance.name}`, error));
      } else if (instance instanceof WorkerHost) {
        const worker = instance.worker;
        worker.on('error', (error: Error) => this.warn(`worker ${worker.name}`, error));
      }
    }
  }

  private warn(source: string, error: Error): void {
    this.logger.warn(`Redis error in ${source} (retried): ${error.message}`);
  }
}
