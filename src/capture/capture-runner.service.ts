import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { EvidenceStore } from '../findings/evidence-store';
import { sniffEvidenceType } from '../findings/evidence-types';
import { EvidenceFile } from '../findings/finding.entity';
import { SigningKeyService } from '../signing/signing-key.service';
import { captureInBrowser, PageObservation } from './capture-browser';
import { CaptureManifest, ManifestFile, manifestBytes } from './capture-manifest';
import { Capture, CaptureStatus } from './capture.entity';
import { UrlGuard } from './url-guard';

const FILE_TYPES = {
  screenshot: 'image/png',
  pdf: 'application/pdf',
  mhtml: 'multipart/related',
} as const;
const EXTENSIONS = { screenshot: 'png', pdf: 'pdf', mhtml: 'mhtml' } as const;

type Finish = Partial<
  Pick<
    Capture,
    | 'finalUrl'
    | 'manifest'
    | 'manifestSignature'
    | 'signingKeyFingerprint'
    | 'screenshotEvidenceId'
    | 'pdfEvidenceId'
    | 'mhtmlEvidenceId'
  >
>;

/**
 * Runs one capture (the worker's job): opens the page in the capture browser, stores its files
 * as write-once evidence, signs the manifest and records the outcome. Idempotent: a capture
 * that is no longer PENDING is left alone, so a second run of the job changes nothing.
 */
@Injectable()
export class CaptureRunner {
  private readonly logger = new Logger('CaptureRunner');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly store: EvidenceStore,
    private readonly signing: SigningKeyService,
    private readonly guard: UrlGuard,
    private readonly config: AppConfig,
  ) {}

  async run(captureId: string): Promise<CaptureStatus | 'SKIPPED'> {
    const capture = await this.dataSource.getRepository(Capture).findOneBy({ id: captureId });
    // A purged capture has no URL left to open.
    if (!capture || capture.status !== 'PENDING' || capture.url === null) return 'SKIPPED';
    const url = capture.url;
    try {
      const result = await captureInBrowser({
        url,
        browserPath: this.config.CAPTURE_BROWSER,
        timeoutMs: this.config.CAPTURE_TIMEOUT_MS,
        maxBytes: this.config.CAPTURE_MAX_BYTES,
        guard: this.guard,
      });
      switch (result.kind) {
        case 'refused':
          await this.finish(
            capture,
            'FAILED',
            `refused by the network rules: ${result.reason}`,
            {},
            {
              action: 'capture.refused',
              outcome: 'DENIED',
              details: {
                rule: 'capture-network',
                reason: result.reason,
                blockedRequests: result.blockedRequests.length,
              },
            },
          );
          return 'FAILED';
        case 'failed':
          await this.fail(captureId, result.reason);
          return 'FAILED';
        case 'seen':
          return await this.record(capture, result.page);
      }
    } catch (error) {
      this.logger.error({ err: error }, `Capture ${captureId} failed`);
      await this.fail(captureId, `the capture failed: ${(error as Error).message.split('\n')[0]}`);
      return 'FAILED';
    }
  }

  /** Marks a PENDING capture FAILED with its reason (audited); does nothing to a finished one. */
  async fail(captureId: string, reason: string): Promise<void> {
    const capture = await this.dataSource.getRepository(Capture).findOneBy({ id: captureId });
    if (!capture || capture.status !== 'PENDING') return;
    await this.finish(
      capture,
      'FAILED',
      reason,
      {},
      { action: 'capture.failed', details: { reason } },
    );
  }

  private async record(capture: Capture, page: PageObservation): Promise<CaptureStatus> {
    const files: ManifestFile[] = [];
    const buffers: { file: ManifestFile; data: Buffer; name: string }[] = [];
    if (!page.notPublicReason && page.files) {
      for (const kind of ['screenshot', 'pdf', 'mhtml'] as const) {
        const data = page.files[kind];
        const sniffed = await sniffEvidenceType(data);
        if (sniffed.type !== FILE_TYPES[kind]) {
          await this.fail(capture.id, `the ${kind} is not a whole ${FILE_TYPES[kind]} file`);
          return 'FAILED';
        }
        if (data.length > this.config.EVIDENCE_MAX_BYTES) {
          await this.fail(
            capture.id,
            `the ${kind} is larger than EVIDENCE_MAX_BYTES (${data.length} bytes)`,
          );
          return 'FAILED';
        }
        const file: ManifestFile = {
          kind,
          contentType: FILE_TYPES[kind],
          sha256: EvidenceStore.sha256(data),
          size: data.length,
          evidenceId: randomUUID(),
        };
        files.push(file);
        buffers.push({ file, data, name: `capture-${capture.id}.${EXTENSIONS[kind]}` });
      }
    }
    const status: CaptureStatus = page.notPublicReason ? 'NOT_PUBLIC' : 'DONE';
    const manifest: CaptureManifest = {
      format: 'cybervet-capture/1',
      captureId: capture.id,
      findingId: capture.findingId,
      outcome: status === 'DONE' ? 'DONE' : 'NOT_PUBLIC',
      notPublicReason: page.notPublicReason,
      requestedUrl: capture.url!,
      finalUrl: page.finalUrl,
      redirects: page.redirects,
      response: page.response,
      tls: page.tls,
      tlsNote: page.tlsNote,
      connections: page.connections,
      blockedRequests: page.blockedRequests,
      browserOwnRequestsRefused: page.browserOwnRequestsRefused,
      browser: page.browser,
      startedAt: page.startedAt,
      capturedAt: page.capturedAt,
      bytesDownloaded: page.bytesDownloaded,
      files,
      signingKeyFingerprint: this.signing.published.fingerprint,
    };
    const bytes = manifestBytes(manifest);
    const written: string[] = [];
    try {
      const ids = Object.fromEntries(files.map((f) => [f.kind, f.evidenceId])) as Record<
        string,
        string
      >;
      const finished = await this.finish(
        capture,
        status,
        page.notPublicReason,
        {
          finalUrl: page.finalUrl,
          manifest: bytes.toString('utf8'),
          manifestSignature: this.signing.sign(bytes).toString('base64'),
          signingKeyFingerprint: this.signing.published.fingerprint,
          screenshotEvidenceId: ids.screenshot ?? null,
          pdfEvidenceId: ids.pdf ?? null,
          mhtmlEvidenceId: ids.mhtml ?? null,
        },
        {
          action: status === 'DONE' ? 'capture.done' : 'capture.not_public',
          details: {
            ...(page.notPublicReason ? { reason: page.notPublicReason } : {}),
            files: files.map((f) => ({ kind: f.kind, sha256: f.sha256, evidenceId: f.evidenceId })),
            blockedRequests: page.blockedRequests.length,
            redirects: page.redirects.length,
          },
        },
        async (m) => {
          for (const { file, data, name } of buffers) {
            const key = this.store.keyFor(file.evidenceId!);
            await this.store.put(key, data);
            written.push(key);
            await m.insert(EvidenceFile, {
              id: file.evidenceId!,
              findingId: capture.findingId,
              sha256: file.sha256,
              size: file.size,
              contentType: file.contentType,
              originalName: name,
              storageKey: key,
              uploadedBy: capture.requestedBy,
            });
          }
        },
      );
      if (!finished) for (const key of written) await this.store.remove(key);
    } catch (error) {
      for (const key of written) await this.store.remove(key);
      throw error;
    }
    return status;
  }

  /** Writes the outcome if the capture is still PENDING (row locked); false if it was not. */
  private async finish(
    capture: Capture,
    status: CaptureStatus,
    reason: string | null,
    fields: Finish,
    audit: { action: string; outcome?: 'DENIED'; details: Record<string, unknown> },
    before?: (m: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const row = await m
        .getRepository(Capture)
        .findOne({ where: { id: capture.id }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.status !== 'PENDING') return false;
      if (before) await before(m);
      await m.update(
        Capture,
        { id: capture.id },
        { status, reason, finishedAt: new Date(), ...fields },
      );
      await this.audit.append(m, {
        action: audit.action,
        subjectType: 'finding',
        subjectId: capture.findingId,
        outcome: audit.outcome,
        actorId: null,
        actorRoles: [],
        details: { captureId: capture.id, requestedBy: capture.requestedBy, ...audit.details },
      });
      return true;
    });
  }
}
