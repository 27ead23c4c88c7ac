import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ScreenedField } from './screening.entity';

/** One span a reviewer redacted that the detector missed, found again in the finding's text. */
export interface DetectorMissEntry {
  id: string;
  class: string;
  rulesVersion: string;
  field: ScreenedField;
  recordedAt: Date;
  /** Null when the field's text changed or was purged since (its hash no longer matches). */
  span: { text: string; before: string; after: string } | null;
}

const CONTEXT = 60;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * What the detector missed on real work (`npm run eval:detector -- --from-reviews`): the misses
 * reviewers recorded, with the span and its context read from the finding as it is now, never
 * from a copy. Reading them is a raw read of finding text, so it is written to the audit log.
 */
@Injectable()
export class DetectorMissesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<DetectorMissEntry[]> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const rows = await m.query<
        {
          id: string;
          finding_id: string;
          class: string;
          rules_version: string;
          field: ScreenedField;
          start: number;
          end: number;
          field_sha256: string;
          created_at: Date;
          summary: string;
          excerpt: string | null;
          mitigation: string | null;
          response: string | null;
        }[]
      >(
        `SELECT d.id, d.finding_id, d.class, d.rules_version, d.field, d.start, d."end",
                d.field_sha256, d.created_at, f.summary, f.excerpt, f.mitigation,
                (SELECT r.text FROM candidate_responses r WHERE r.finding_id = f.id
                  ORDER BY r.created_at DESC LIMIT 1) AS response
           FROM detector_misses d JOIN findings f ON f.id = d.finding_id
          ORDER BY d.class, d.created_at, d.id`,
      );
      const entries = rows.map((r): DetectorMissEntry => {
        const text = {
          summary: r.summary,
          excerpt: r.excerpt,
          mitigation: r.mitigation,
          candidateResponse: r.response,
        }[r.field];
        const intact = text !== null && sha256(text) === r.field_sha256.trim();
        return {
          id: r.id,
          class: r.class,
          rulesVersion: r.rules_version,
          field: r.field,
          recordedAt: new Date(r.created_at),
          span: intact
            ? {
                text: text.slice(r.start, r.end),
                before: text.slice(Math.max(0, r.start - CONTEXT), r.start),
                after: text.slice(r.end, r.end + CONTEXT),
              }
            : null,
        };
      });
      await this.audit.append(m, {
        action: 'detector.misses.read',
        subjectType: 'system',
        subjectId: null,
        actorId: null,
        actorRoles: [],
        details: {
          via: 'eval:detector --from-reviews',
          misses: entries.length,
          findings: [...new Set(rows.map((r) => r.finding_id))].length,
        },
      });
      return entries;
    });
  }
}
