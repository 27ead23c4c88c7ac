import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { QUEUES } from '../queue/queue.module';
import { withTimeout } from '../queue/with-timeout';
import { VerificationReport } from './audit-verification.service';
import { AnchorJobData } from './audit-verify.processor';

/**
 * Asks the worker for a signed checkpoint after a verification run in an API process: the
 * worker owns AUDIT_ANCHOR_DIR. Never holds up or fails the verification itself; while Redis is
 * away the hourly checkpoint still comes.
 */
@Injectable()
export class AuditAnchorRequests {
  private readonly logger = new Logger(AuditAnchorRequests.name);

  constructor(
    @InjectQueue(QUEUES.AUDIT) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  afterVerification(report: VerificationReport): void {
    if (!report.intact || report.tampering || report.count === 0) return;
    const data: AnchorJobData = { seq: report.headSeq, hash: report.headHash };
    withTimeout(
      this.queue.add('anchor', data, {
        jobId: `anchor-${report.headSeq}-${report.headHash.slice(0, 16)}`,
        attempts: 3,
        removeOnComplete: 1000,
      }),
      this.config.QUEUE_ADD_TIMEOUT_MS,
      'Redis',
    ).catch((error: unknown) =>
      this.logger.warn({ err: error }, 'Could not ask for a checkpoint after verification'),
    );
  }
}
