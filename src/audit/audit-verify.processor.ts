import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { QUEUES } from '../queue/queue.module';
import { workerOptions } from '../queue/worker-options';
import { AuditAnchorService } from './audit-anchor.service';
import { AuditVerificationService, VerificationReport } from './audit-verification.service';

export const NIGHTLY_VERIFY_SCHEDULER = 'audit-verify-nightly';
export const ANCHOR_SCHEDULER = 'audit-anchor';

/** An `anchor` job's data: the event a verification just found intact, or nothing for the head. */
export interface AnchorJobData {
  seq?: number;
  hash?: string;
}

/**
 * Thin wrapper: the nightly job runs the same verification the API and CLI run, and records it,
 * then writes a signed checkpoint of the verified head; an `anchor` job writes a checkpoint.
 */
@Processor(QUEUES.AUDIT, workerOptions())
export class AuditVerifyProcessor extends WorkerHost {
  constructor(
    private readonly verification: AuditVerificationService,
    private readonly anchors: AuditAnchorService,
  ) {
    super();
  }

  async process(job: Job<AnchorJobData>): Promise<unknown> {
    if (job.name === 'anchor') {
      const { seq, hash } = job.data ?? {};
      return this.anchors.write(seq !== undefined && hash ? { seq, hash } : undefined);
    }
    const report: VerificationReport = await this.verification.verifyAndRecord('NIGHTLY');
    if (report.intact && !report.tampering && report.count > 0) {
      await this.anchors.write({ seq: report.headSeq, hash: report.headHash });
    }
    return report;
  }
}

@Injectable()
export class AuditVerifyScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuditVerifyScheduler.name);

  constructor(
    @InjectQueue(QUEUES.AUDIT) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  /**
   * Idempotent: upserting the scheduler by id never creates a second nightly job. Not awaited,
   * so the API starts (and answers /health/ready with redis down) even while Redis is away.
   */
  onApplicationBootstrap(): void {
    this.queue
      .upsertJobScheduler(
        NIGHTLY_VERIFY_SCHEDULER,
        { pattern: this.config.AUDIT_VERIFY_CRON, tz: 'UTC' },
        { name: 'verify', opts: { attempts: 3 } },
      )
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'Could not schedule the nightly audit verification'),
      );
    this.queue
      .upsertJobScheduler(
        ANCHOR_SCHEDULER,
        { pattern: this.config.AUDIT_ANCHOR_CRON, tz: 'UTC' },
        { name: 'anchor', data: {}, opts: { attempts: 3 } },
      )
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'Could not schedule the audit checkpoints'),
      );
  }
}
