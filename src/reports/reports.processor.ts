import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QUEUES } from '../queue/queue.module';
import { ReleaseService } from './release.service';

/** Thin wrapper: compiling is ReleaseService.compile, idempotent per release. */
@Processor(QUEUES.REPORTS)
export class ReportsProcessor extends WorkerHost {
  constructor(private readonly releases: ReleaseService) {
    super();
  }

  async process(job: Job<{ releaseId: string }>) {
    const r = await this.releases.compile(job.data.releaseId);
    return { status: r.status };
  }
}
