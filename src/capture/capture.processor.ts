import { Processor, WorkerHost } from '@nestjs/bullmq';
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
}
