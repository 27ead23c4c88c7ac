import { GoneException, Injectable, InternalServerErrorException, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { EvidenceStore } from './evidence-store';
import { EvidenceFile, Finding } from './finding.entity';

/** Shown in the browser: images and PDFs. Everything else (HTML, MHTML) only as a download. */
const INLINE_TYPES = new Set(['image/png', 'image/jpeg', 'application/pdf']);
const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/pdf': 'pdf',
  'text/html': 'html',
  'multipart/related': 'mhtml',
};

export interface EvidenceDownload {
  data: Buffer;
  contentType: string;
  disposition: string;
  sha256: string;
}

/**
 * Evidence files for the designated searchers of the finding's process (the rule of raw
 * finding reads), audited as a raw read. Each file is checked against its SHA-256 on the way out.
 */
@Injectable()
export class EvidenceDownloadService {
  private readonly logger = new Logger('Evidence');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly store: EvidenceStore,
  ) {}

  async download(caller: Caller, evidenceId: string): Promise<EvidenceDownload> {
    const action = 'evidence.read.raw';
    const file = await this.dataSource.transaction(async (m) => {
      const found = await m.getRepository(EvidenceFile).findOneBy({ id: evidenceId });
      const finding = found
        ? await m.getRepository(Finding).findOneBy({ id: found.findingId })
        : null;
      if (!found || !finding) throw this.access.notFound('evidence', evidenceId, action);
      await this.access.requireProcessSearcher(
        m,
        caller,
        finding.processId,
        { type: 'evidence', id: evidenceId },
        action,
      );
      await this.audit.append(m, {
        action,
        subjectType: 'evidence',
        subjectId: evidenceId,
        details: { findingId: found.findingId, sha256: found.sha256, purged: !found.storageKey },
      });
      return found;
    });
    if (!file.storageKey) {
      throw new GoneException(
        `This evidence file was purged under the retention schedule on ${file.purgedAt?.toISOString()}; its SHA-256 was ${file.sha256}`,
      );
    }
    const data = await readFile(this.store.path(file.storageKey));
    if (EvidenceStore.sha256(data) !== file.sha256) {
      this.logger.error({ evidenceId }, 'Evidence file does not match its recorded SHA-256');
      throw new InternalServerErrorException('Evidence file failed its integrity check');
    }
    const name = `evidence-${file.id}.${EXTENSIONS[file.contentType] ?? 'bin'}`;
    return {
      data,
      contentType: file.contentType,
      disposition: `${INLINE_TYPES.has(file.contentType) ? 'inline' : 'attachment'}; filename="${name}"`,
      sha256: file.sha256,
    };
  }
}
