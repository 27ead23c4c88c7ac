import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { workerOptions } from '../queue/worker-options';
import { PurgeSummary } from './records.dto';
import {
  EXPORT_JOB,
  EXPORT_JOB_ATTEMPTS,
  ExportJobData,
  ExportsService,
  RECORDS_QUEUE,
} from './exports.service';
import { RetentionService } from './retention.service';

export const RETENTION_PURGE_SCHEDULER = 'retention-purge-daily';
export const RETENTION_PURGE_JOB = 'retention-purge';

/** Thin wrapper: the daily purge and the export builds run the same service code the tests call. */
@Processor(RECORDS_QUEUE, workerOptions({ concurrency: 2 }))
export class RecordsProcessor extends WorkerHost {
  constructor(
    private readonly retention: RetentionService,
    private readonly exports: ExportsService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case RETENTION_PURGE_JOB: {
        const summary: PurgeSummary = await this.retention.purge();
        // Idempotent, so a retry only redoes what failed.
        if (summary.errors.length)
          throw new Error(
            `Retention purge: ${summary.errors.length} finding(s) failed; first: ${summary.errors[0].error}`,
          );
        return summary;
      }
      case EXPORT_JOB: {
        const data = job.data as ExportJobData;
        return this.exports.run(data.exportId, {
          updateProgress: (percent) => job.updateProgress(percent),
          attempt: job.attemptsMade + 1,
          maxAttempts: job.opts.attempts ?? EXPORT_JOB_ATTEMPTS,
        });
      }
      default:
        throw new Error(`Unknown job ${job.name} on the ${RECORDS_QUEUE} queue`);
    }
  }
}

@Injectable()
export class RecordsScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('Records');

  constructor(
    @InjectQueue(RECORDS_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
    private readonly exports: ExportsService,
  ) {}

  /** Idempotent: upserting the scheduler by id never creates a second daily purge. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      RETENTION_PURGE_SCHEDULER,
      { pattern: this.config.RETENTION_PURGE_CRON, tz: 'UTC' },
      { name: RETENTION_PURGE_JOB, opts: { attempts: 3 } },
    );
    try {
      const swept = await this.exports.sweepPartials();
      if (swept)
        this.logger.log(`Removed ${swept} partial export file(s) left by a stopped worker`);
    } catch (error) {
      this.logger.error({ err: error }, 'Could not remove partial export files');
    }
  }
}
