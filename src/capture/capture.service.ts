import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { refuse } from '../common/refusal.exception';
import { AppConfig } from '../config/app-config';
import { auditRawRead } from '../findings/raw-read.audit';
import { FindingsService } from '../findings/findings.service';
import { QUEUES } from '../queue/queue.module';
import { withTimeout } from '../queue/with-timeout';
import { SigningKeyService } from '../signing/signing-key.service';
import { VettingsService } from '../vettings/vettings.service';
import { CaptureView, CreateCaptureDto } from './capture.dto';
import { Capture } from './capture.entity';
import { CaptureRunner } from './capture-runner.service';
import { captureView } from './capture-views';
import { CaptureRefused, UrlGuard } from './url-guard';

export const CAPTURE_JOB = 'capture';

/** Requests and lists server captures; the capture itself runs on the worker (CaptureRunner). */
@Injectable()
export class CaptureService {
  private readonly logger = new Logger('Capture');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.CAPTURE) private readonly queue: Queue,
    private readonly audit: AuditService,
    private readonly findings: FindingsService,
    private readonly vettings: VettingsService,
    private readonly signing: SigningKeyService,
    private readonly guard: UrlGuard,
    private readonly runner: CaptureRunner,
    private readonly config: AppConfig,
  ) {}

  /** The assigned searcher asks the server to open `url` logged out; answered before it runs. */
  async request(caller: Caller, findingId: string, dto: CreateCaptureDto): Promise<CaptureView> {
    const action = 'capture.request';
    const view = await this.dataSource.transaction(async (m) => {
      const { finding, vetting } = await this.findings.vettingOf(m, findingId, action);
      await this.vettings.beginSearcherWork(m, caller, vetting.id, action);
      const subject = { action, subjectType: 'finding', subjectId: findingId };
      if (finding.purgedAt)
        throw refuse.conflict('This finding was purged under the retention schedule', subject);
      let url: URL;
      try {
        url = this.guard.precheck(dto.url.trim());
      } catch (error) {
        if (!(error instanceof CaptureRefused)) throw error;
        throw refuse.unprocessable(`This URL cannot be captured: ${error.reason}`, {
          ...subject,
          details: { rule: 'capture-network', reason: error.reason },
        });
      }
      const capture = m.create(Capture, {
        findingId,
        requestedBy: caller.id,
        url: url.href,
        status: 'PENDING',
      });
      await m.insert(Capture, capture);
      await this.audit.append(m, {
        ...subject,
        details: { captureId: capture.id, vettingId: vetting.id, host: url.hostname },
      });
      await auditRawRead(m, this.audit, [finding], action);
      const saved = await m.getRepository(Capture).findOneByOrFail({ id: capture.id });
      return captureView(saved, this.signing.published);
    });
    try {
      await withTimeout(
        this.queue.add(CAPTURE_JOB, { captureId: view.id }, { jobId: view.id, attempts: 1 }),
        this.config.QUEUE_ADD_TIMEOUT_MS,
        'Redis',
      );
    } catch (error) {
      this.logger.error({ err: error }, `Could not queue capture ${view.id}`);
      await this.runner.fail(
        view.id,
        'the capture could not be queued (Redis did not answer); ask again',
      );
    }
    return view;
  }

  /** Every capture of the finding, newest first, for designated searchers of the process (audited). */
  async list(caller: Caller, findingId: string): Promise<CaptureView[]> {
    const action = 'capture.list';
    return this.dataSource.transaction(async (m) => {
      const finding = await this.findings.findingForSearcher(m, caller, findingId, action);
      const rows = await m
        .getRepository(Capture)
        .find({ where: { findingId }, order: { requestedAt: 'DESC' } });
      await auditRawRead(m, this.audit, [finding], action);
      return rows.map((c) => captureView(c, this.signing.published));
    });
  }
}
