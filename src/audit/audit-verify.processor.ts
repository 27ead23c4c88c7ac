import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { QUEUES } from '../queue/queue.module';
import { workerOptions } from '../queue/worker-options';
import { AuditVerificationService, VerificationReport } from './audit-verification.service';

export const NIGHTLY_VERIFY_SCHEDULER = 'audit-verify-nightly';

/** Thin wrapper: the nightly job runs the same verification the API and CLI run, and records it. */
@Processor(QUEUES.AUDIT, workerOptions())
export class AuditVerifyProcessor extends WorkerHost {
  constructor(private readonly verification: AuditVerificationService) {
    super();
  }

  process(): Promise<VerificationReport> {
    return this.verification.verifyAndRecord('NIGHTLY');
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
  }
}
