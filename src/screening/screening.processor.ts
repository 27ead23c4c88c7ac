import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QUEUES } from '../queue/queue.module';
import { workerOptions } from '../queue/worker-options';
import { ScreeningService } from './screening.service';

/** Thin wrapper: the scan itself is ScreeningService.scan, idempotent per (finding, text version). */
@Processor(QUEUES.SCREENING, workerOptions())
export class ScreeningProcessor extends WorkerHost {
  constructor(private readonly screening: ScreeningService) {
    super();
  }

  process(job: Job<{ findingId: string; textVersion: number }>) {
    return this.screening.scan(job.data.findingId, job.data.textVersion);
  }
}
