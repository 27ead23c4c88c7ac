import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { QUEUES } from '../queue/queue.module';
import { workerOptions } from '../queue/worker-options';
import { ReleaseService } from './release.service';

/**
 * Thin wrapper: compiling is ReleaseService.compile, idempotent per release. A failed attempt is
 * retried by BullMQ; the last one marks the release FAILED instead, so it never stays PENDING.
 */
@Processor(QUEUES.REPORTS, workerOptions())
export class ReportsProcessor extends WorkerHost {
  private readonly logger = new Logger(ReportsProcessor.name);

  constructor(private readonly releases: ReleaseService) {
    super();
  }

  async process(job: Job<{ releaseId: string }>) {
    const { releaseId } = job.data;
    try {
      const r = await this.releases.compile(releaseId);
      return { status: r.status };
    } catch (error) {
      const attempts = job.opts.attempts ?? 1;
      const attempt = job.attemptsMade + 1;
      this.logger.warn(
        `Compiling release ${releaseId} failed (attempt ${attempt} of ${attempts}): ${(error as Error).message}`,
      );
      if (attempt < attempts) throw error;
      const r = await this.releases.markFailed(releaseId, attempt, error);
      return { status: r.status };
    }
  }
}
