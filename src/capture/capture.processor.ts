import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QUEUES } from '../queue/queue.module';
import { CaptureRunner } from './capture-runner.service';

/** Thin wrapper: the capture itself is CaptureRunner.run, idempotent per capture id. */
@Processor(QUEUES.CAPTURE, { concurrency: 2 })
export class CaptureProcessor extends WorkerHost {
  constructor(private readonly runner: CaptureRunner) {
    super();
  }

  process(job: Job<{ captureId: string }>) {
    return this.runner.run(job.data.captureId);
  }

  /**
   * A capture is a moment in time, so its job runs once. If the job itself dies (a worker that
   * stopped mid-capture, a stalled job), the capture is marked FAILED rather than left PENDING.
   */
  @OnWorkerEvent('failed')
  async onFailed(job: Job<{ captureId: string }> | undefined, error: Error): Promise<void> {
    if (!job?.data?.captureId) return;
    await this.runner.fail(job.data.captureId, `the capture job failed: ${error.message}`);
  }
}
