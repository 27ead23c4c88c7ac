import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { refuse } from '../common/refusal.exception';
import { pausePoint } from '../common/test-pause';
import { AppConfig } from '../config/app-config';
import { PublishedKey, SigningKeyService } from '../signing/signing-key.service';
import { ExportBuilderService } from './export-builder.service';
import { CreateExportDto, ExportAcceptedView, ExportView, ListExportsQuery } from './records.dto';
import { ExportBundle, RecordsRequest, RecordsScope } from './records.entity';
import { recordsNames, RecordsNames } from './records-names';
import { RecordsScopeService } from './records-scope.service';

export const RECORDS_QUEUE = 'records';
export const EXPORT_JOB = 'export';
export const EXPORT_JOB_ATTEMPTS = 3;

/** Ends the name of a bundle still being written: `<export id>.<attempt token>.zip.partial`. */
const PARTIAL_SUFFIX = '.zip.partial';

export interface ExportJobData {
  exportId: string;
}

export interface ExportRunContext {
  updateProgress: (percent: number) => Promise<void>;
  /** 1 for the first attempt. */
  attempt: number;
  maxAttempts: number;
}

export function exportView(e: ExportBundle, names: RecordsNames): ExportView {
  return {
    id: e.id,
    kind: e.kind,
    scope: e.scope,
    status: e.status,
    progress: e.progress,
    sha256: e.sha256,
    size: e.size,
    fileCount: e.fileCount,
    error: e.error,
    requestedBy: e.requestedBy,
    requestedAt: e.requestedAt,
    startedAt: e.startedAt,
    finishedAt: e.finishedAt,
    recordsRequestId: e.recordsRequestId,
    requestedByName: names.user(e.requestedBy),
    processTitle: names.process(e.processId),
    candidateName: names.candidate(e.candidateId),
  };
}

async function exportViews(m: EntityManager, rows: ExportBundle[]): Promise<ExportView[]> {
  const names = await recordsNames(m, {
    users: rows.map((e) => e.requestedBy),
    processes: rows.map((e) => e.processId),
    candidates: rows.map((e) => e.candidateId),
  });
  return rows.map((e) => exportView(e, names));
}

/** A status read never waits on an unreachable Redis longer than this for the job's progress. */
const JOB_PROGRESS_TIMEOUT_MS = 500;

/** How many exports the list shows, newest first. */
export const EXPORT_LIST_LIMIT = 200;

/** Export bundles: requested over HTTP (202), built by a job on the `records` queue, downloaded. */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger('Exports');
  private readonly dir: string;
  private readonly config: AppConfig;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(RECORDS_QUEUE) private readonly queue: Queue,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly scopes: RecordsScopeService,
    private readonly builder: ExportBuilderService,
    private readonly signingKey: SigningKeyService,
    config: AppConfig,
  ) {
    this.dir = resolve(config.EXPORT_DIR);
    this.config = config;
  }

  async request(caller: Caller, dto: CreateExportDto): Promise<ExportAcceptedView> {
    const action = 'export.request';
    const scope: RecordsScope = {};
    if (dto.scope.processId) scope.processId = dto.scope.processId;
    if (dto.scope.candidateId) scope.candidateId = dto.scope.candidateId;
    const exp = await this.dataSource.transaction(async (m) => {
      const resolved = await this.scopes.resolve(m, scope, action);
      if (dto.recordsRequestId) {
        const rr = await m.getRepository(RecordsRequest).findOneBy({ id: dto.recordsRequestId });
        if (!rr) throw this.access.notFound('records request', dto.recordsRequestId, action);
        if (rr.processId !== resolved.processId || rr.candidateId !== resolved.candidateId) {
          throw refuse.unprocessable(
            "The export's scope is not the scope of the records request it answers",
            {
              action,
              subjectType: 'records_request',
              subjectId: rr.id,
              details: { rule: 'export-scope-of-request', scope },
            },
          );
        }
      }
      const row = m.create(ExportBundle, {
        kind: dto.kind,
        scope,
        processId: resolved.processId,
        candidateId: resolved.candidateId,
        status: 'PENDING',
        progress: 0,
        requestedBy: caller.id,
        recordsRequestId: dto.recordsRequestId ?? null,
      });
      await m.insert(ExportBundle, row);
      await this.audit.append(m, {
        action,
        subjectType: 'export',
        subjectId: row.id,
        details: {
          kind: dto.kind,
          scope,
          processId: resolved.processId,
          candidateId: resolved.candidateId,
          recordsRequestId: dto.recordsRequestId ?? null,
        },
      });
      return row;
    });
    // The outbox relay hands it to the queue (at once, or when Redis is back).
    return { id: exp.id, status: 'PENDING' };
  }

  /**
   * Hands one unfinished export to the queue (called by the outbox relay). The export id is the
   * job id, so a job that still exists is left alone; one that failed while its export was not
   * marked (a crashed worker) runs once more, so the export ends DONE or FAILED.
   */
  async dispatch(exportId: string): Promise<void> {
    const job = await this.queue.getJob(exportId);
    if (job) {
      if (await job.isFailed()) await job.retry('failed');
      return;
    }
    await this.queue.add(EXPORT_JOB, { exportId } satisfies ExportJobData, {
      jobId: exportId,
      attempts: EXPORT_JOB_ATTEMPTS,
      backoff: { type: 'exponential', delay: 2000 },
    });
  }

  /** The public half of the key that signs every bundle's manifest, for verifying bundles. */
  signingKeyView(): PublishedKey {
    return { ...this.signingKey.published };
  }

  /**
   * One export. While it runs, `progress` is the BullMQ job's own progress (job.updateProgress)
   * when the queue is reachable and ahead of the stored figure; otherwise the stored figure.
   */
  async get(id: string): Promise<ExportView> {
    const m = this.dataSource.manager;
    const e = await m.getRepository(ExportBundle).findOneBy({ id });
    if (!e) throw this.access.notFound('export', id, 'export.read');
    const [view] = await exportViews(m, [e]);
    if (e.status === 'RUNNING') view.progress = Math.max(view.progress, await this.jobProgress(id));
    return view;
  }

  /** Every export (newest first, at most EXPORT_LIST_LIMIT), or those of one records request. */
  async list(query: ListExportsQuery): Promise<ExportView[]> {
    const m = this.dataSource.manager;
    const where: FindOptionsWhere<ExportBundle> = {};
    if (query.recordsRequestId) {
      const exists = await m.getRepository(RecordsRequest).existsBy({ id: query.recordsRequestId });
      if (!exists)
        throw this.access.notFound('records request', query.recordsRequestId, 'export.list');
      where.recordsRequestId = query.recordsRequestId;
    }
    const rows = await m
      .getRepository(ExportBundle)
      .find({ where, order: { requestedAt: 'DESC' }, take: EXPORT_LIST_LIMIT });
    return exportViews(m, rows);
  }

  /** The job's own progress; 0 when Redis does not answer within JOB_PROGRESS_TIMEOUT_MS. */
  private async jobProgress(id: string): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const job = await Promise.race([
        this.queue.getJob(id),
        new Promise<undefined>((resolve) => {
          timer = setTimeout(() => resolve(undefined), JOB_PROGRESS_TIMEOUT_MS);
        }),
      ]);
      const p = job?.progress;
      return typeof p === 'number' && Number.isFinite(p)
        ? Math.min(100, Math.max(0, Math.floor(p)))
        : 0;
    } catch {
      return 0;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The finished zip, streamed from disk. Refused (409) until the export is DONE. Audited. */
  async download(id: string): Promise<StreamableFile> {
    const action = 'export.download';
    const e = await this.dataSource.getRepository(ExportBundle).findOneBy({ id });
    if (!e) throw this.access.notFound('export', id, action);
    if (e.status !== 'DONE' || !e.filePath) {
      throw refuse.conflict(
        `This export is ${e.status} (${e.progress}%): it can be downloaded once it is DONE`,
        {
          action,
          subjectType: 'export',
          subjectId: id,
          details: { rule: 'export-not-done', status: e.status },
        },
      );
    }
    const path = this.path(e.filePath);
    const present = await stat(path).then(
      (s) => s.size === e.size,
      () => false,
    );
    if (!present) {
      throw refuse.conflict(
        'The bundle file of this export is missing or changed on disk; request a new export',
        {
          action,
          subjectType: 'export',
          subjectId: id,
          details: { rule: 'export-file-missing' },
        },
      );
    }
    await this.audit.record({
      action,
      subjectType: 'export',
      subjectId: id,
      details: { kind: e.kind, sha256: e.sha256, size: e.size },
    });
    return new StreamableFile(createReadStream(path), {
      type: 'application/zip',
      disposition: `attachment; filename="cybervet-${e.kind.toLowerCase().replace(/_/g, '-')}-${e.id}.zip"`,
      length: e.size ?? undefined,
    });
  }

  /**
   * Removes partial bundles that no attempt will finish: those of exports already DONE or
   * FAILED, or unknown (a worker killed mid-build before a later attempt finished the export).
   * A PENDING or RUNNING export's partials are removed by its next attempt. Returns how many.
   */
  async sweepPartials(): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const partials = names.filter((n) => n.endsWith(PARTIAL_SUFFIX));
    if (!partials.length) return 0;
    const ids = [...new Set(partials.map((n) => n.split('.')[0]))];
    const live = new Set(
      (
        await this.dataSource.query<{ id: string }[]>(
          `SELECT id::text FROM exports WHERE id::text = ANY($1) AND status IN ('PENDING', 'RUNNING')`,
          [ids],
        )
      ).map((r) => r.id),
    );
    const orphans = partials.filter((n) => !live.has(n.split('.')[0]));
    for (const n of orphans) await rm(this.path(n), { force: true });
    return orphans.length;
  }

  /** Partial bundles an earlier attempt of this export left behind (its worker died). */
  private async removePartials(exportId: string): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const n of names)
      if (n.startsWith(`${exportId}.`) && n.endsWith(PARTIAL_SUFFIX))
        await rm(this.path(n), { force: true });
  }

  /**
   * The job: builds the zip under a temporary name of its own attempt, flushes it to disk, then
   * renames it into place (atomic) and marks the export DONE with the zip's SHA-256 and size.
   * A worker killed at any point leaves either no final file or a complete one; a partial file
   * it leaves is removed by the next attempt (or by sweepPartials at a worker's start).
   * Status changes are audited; progress is not.
   */
  async run(
    exportId: string,
    ctx: ExportRunContext,
  ): Promise<{ sha256: string; size: number } | null> {
    const repo = this.dataSource.getRepository(ExportBundle);
    const e = await repo.findOneBy({ id: exportId });
    if (!e || e.status === 'DONE') return null;
    await this.dataSource.transaction(async (m) => {
      await m.update(
        ExportBundle,
        { id: exportId },
        {
          status: 'RUNNING',
          progress: 0,
          error: null,
          startedAt: new Date(),
          attempts: e.attempts + 1,
        },
      );
      await this.audit.append(m, {
        action: 'export.start',
        subjectType: 'export',
        subjectId: exportId,
        details: { kind: e.kind, attempt: ctx.attempt },
        actorId: null,
        actorRoles: [],
      });
    });
    const fileName = `${exportId}.zip`;
    const partial = this.path(`${exportId}.${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`);
    let last = 0;
    const progress = async (percent: number) => {
      if (percent >= 10) await pausePoint(this.config, 'export.build');
      if (percent <= last || (percent < last + 5 && percent < 99)) return;
      last = percent;
      await repo.update({ id: exportId }, { progress: percent });
      await ctx.updateProgress(percent);
    };
    try {
      await mkdir(this.dir, { recursive: true, mode: 0o750 });
      await this.removePartials(exportId);
      const result = await this.builder.build(e, partial, progress);
      const written = await open(partial, 'r');
      await written.sync().finally(() => written.close());
      await rename(partial, this.path(fileName));
      await this.dataSource.transaction(async (m) => {
        await m.update(
          ExportBundle,
          { id: exportId },
          {
            status: 'DONE',
            progress: 100,
            filePath: fileName,
            sha256: result.sha256,
            size: result.size,
            fileCount: result.fileCount,
            finishedAt: new Date(),
          },
        );
        await this.audit.append(m, {
          action: 'export.complete',
          subjectType: 'export',
          subjectId: exportId,
          details: {
            kind: e.kind,
            sha256: result.sha256,
            size: result.size,
            fileCount: result.fileCount,
            signingKeyFingerprint: result.signingKeyFingerprint,
          },
          actorId: null,
          actorRoles: [],
        });
      });
      await ctx.updateProgress(100);
      return { sha256: result.sha256, size: result.size };
    } catch (error) {
      await rm(partial, { force: true }).catch(() => undefined);
      const final = ctx.attempt >= ctx.maxAttempts;
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      await this.dataSource.transaction(async (m) => {
        await m.update(
          ExportBundle,
          { id: exportId },
          {
            status: final ? 'FAILED' : 'PENDING',
            error: message,
            finishedAt: final ? new Date() : null,
          },
        );
        await this.audit.append(m, {
          action: 'export.fail',
          subjectType: 'export',
          subjectId: exportId,
          outcome: 'FAILED',
          details: { kind: e.kind, attempt: ctx.attempt, final, error: message },
          actorId: null,
          actorRoles: [],
        });
      });
      throw error;
    }
  }

  private path(name: string): string {
    const p = resolve(join(this.dir, name));
    if (!p.startsWith(this.dir)) throw new Error('Export path escapes EXPORT_DIR');
    return p;
  }
}
