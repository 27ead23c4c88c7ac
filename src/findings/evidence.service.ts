import { Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { refuse } from '../common/refusal.exception';
import { Caller } from '../auth/current-user.decorator';
import { VettingsService } from '../vettings/vettings.service';
import { EvidenceStore } from './evidence-store';
import { ALLOWED_EVIDENCE_TYPES, sniffEvidenceType } from './evidence-types';
import { EvidenceFile } from './finding.entity';
import { EvidenceView } from './findings.dto';
import { FindingsService } from './findings.service';
import { auditRawRead } from './raw-read.audit';

export interface UploadedEvidence {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
  size: number;
}

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly vettings: VettingsService,
    private readonly findings: FindingsService,
    private readonly store: EvidenceStore,
  ) {}

  /**
   * Stores an evidence file for a finding of the caller's own vetting. The file is written
   * before the row commits; if the transaction fails, the orphaned file is removed.
   */
  async upload(
    caller: Caller,
    findingId: string,
    file: UploadedEvidence | undefined,
  ): Promise<EvidenceView> {
    const action = 'evidence.upload';
    if (!file)
      throw new UnsupportedMediaTypeException(
        'Send the evidence file as multipart/form-data in the field "file"',
      );
    const sniffed = await sniffEvidenceType(file.buffer);
    if (sniffed.type === null) {
      throw new UnsupportedMediaTypeException(
        `Evidence must be one of ${ALLOWED_EVIDENCE_TYPES.join(', ')}; ${sniffed.reason}`,
      );
    }
    const contentType = sniffed.type;
    const id = randomUUID();
    const key = this.store.keyFor(id);
    const sha256 = EvidenceStore.sha256(file.buffer);
    let written = false;
    try {
      return await this.dataSource.transaction(async (m) => {
        const { finding, vetting } = await this.findings.vettingOf(m, findingId, action);
        await this.vettings.beginSearcherWork(m, caller, vetting.id, action);
        if (finding.purgedAt)
          throw refuse.conflict('This finding was purged under the retention schedule', {
            action,
            subjectType: 'finding',
            subjectId: findingId,
          });
        await this.store.put(key, file.buffer);
        written = true;
        await m.insert(EvidenceFile, {
          id,
          findingId,
          sha256,
          size: file.buffer.length,
          contentType,
          originalName: file.originalname?.slice(0, 255) || null,
          storageKey: key,
          uploadedBy: caller.id,
        });
        await this.audit.append(m, {
          action,
          subjectType: 'finding',
          subjectId: findingId,
          details: { evidenceId: id, sha256, size: file.buffer.length, contentType },
        });
        // Evidence metadata (its hash) is raw finding content: the answer is a raw read.
        await auditRawRead(m, this.audit, [finding], action);
        return { id, sha256, size: file.buffer.length, contentType };
      });
    } catch (error) {
      if (written) await this.store.remove(key);
      throw error;
    }
  }
}
