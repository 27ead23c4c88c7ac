import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { EvidenceStore } from '../findings/evidence-store';
import {
  PurgeSummary,
  RetentionHoldReason,
  RetentionPreview,
  RetentionPreviewItem,
  RetentionSkip,
} from './records.dto';
import { PurgeTombstone, TombstoneSubjectType } from './records.entity';
import { lockProcessRecords } from './records-scope.service';
import { blankCaptures, lockCapturesToPurge, RemovedItem } from './capture-purge';

/** Active legal holds and OPEN records requests, as one list of holds on a process or candidate. */
const ACTIVE_HOLDS = `
  SELECT 'LEGAL_HOLD'::text AS kind, id, process_id, candidate_id, reference AS label
    FROM legal_holds WHERE released_at IS NULL
  UNION ALL
  SELECT 'RECORDS_REQUEST'::text, id, process_id, candidate_id, requester
    FROM records_requests WHERE status = 'OPEN'`;

const BATCH = 500;

interface ExpiredProcess {
  id: string;
  title: string;
  closedAt: Date;
  expiresAt: Date;
  rule: string;
}

interface HoldRow {
  kind: 'LEGAL_HOLD' | 'RECORDS_REQUEST';
  id: string;
  process_id: string;
  candidate_id: string | null;
  label: string;
}

interface PendingFinding {
  id: string;
  candidate_id: string;
  has_excerpt: boolean;
  has_url: boolean;
  evidence_ids: string[];
  captures: { id: string; has_url: boolean; has_manifest: boolean }[];
}

/** What the purge of one process may touch: everything but the held candidates (or nothing). */
interface ProcessPlan {
  process: ExpiredProcess;
  wholeProcessHeldBy: RetentionHoldReason[];
  heldCandidates: Map<string, RetentionHoldReason[]>;
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function sha256Text(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The retention schedule for raw content. Once a CLOSED process is RETENTION_RAW_YEARS past its
 * closing, and nothing holds it, the raw parts of its findings (excerpt, source URL) and its
 * evidence files are removed. Each removed item leaves a permanent tombstone with the SHA-256 of
 * what was removed, and an audit event, in the transaction that removes it. Findings keep their
 * rows (purged_at set); report versions and the audit log are never purged.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly store: EvidenceStore,
  ) {}

  /** What the next purge would remove and why, and which expired records a hold keeps. Removes nothing. */
  async preview(now = new Date()): Promise<RetentionPreview> {
    const plans = await this.plan(now);
    const items: RetentionPreviewItem[] = [];
    const skipped: RetentionSkip[] = [];
    for (const plan of plans) {
      const p = plan.process;
      const base = {
        processId: p.id,
        processTitle: p.title,
        closedAt: p.closedAt,
        expiresAt: p.expiresAt,
      };
      if (plan.wholeProcessHeldBy.length) {
        skipped.push({ ...base, candidateId: null, heldBy: plan.wholeProcessHeldBy });
        continue;
      }
      for (const [candidateId, heldBy] of plan.heldCandidates)
        skipped.push({ ...base, candidateId, heldBy });
      for await (const batch of this.pendingFindings(plan)) {
        for (const f of batch) {
          const item = { ...base, findingId: f.id, candidateId: f.candidate_id, rule: p.rule };
          if (f.has_excerpt)
            items.push({ ...item, subjectType: 'FINDING_EXCERPT', subjectId: f.id });
          if (f.has_url) items.push({ ...item, subjectType: 'FINDING_URL', subjectId: f.id });
          for (const evidenceId of f.evidence_ids)
            items.push({ ...item, subjectType: 'EVIDENCE_FILE', subjectId: evidenceId });
          for (const c of f.captures) {
            if (c.has_url) items.push({ ...item, subjectType: 'CAPTURE_URL', subjectId: c.id });
            if (c.has_manifest)
              items.push({ ...item, subjectType: 'CAPTURE_MANIFEST', subjectId: c.id });
          }
        }
      }
    }
    return {
      asOf: now,
      retention: {
        rawYears: this.config.RETENTION_RAW_YEARS,
        reportYears: this.config.RETENTION_REPORT_YEARS,
        auditYears: this.config.RETENTION_AUDIT_YEARS,
      },
      kept: [
        'Report versions are immutable and stay readable: they are not purged',
        'The audit log is append-only: it is not purged',
        'Finding rows stay, with purged_at set; only their excerpt and source URL are removed',
        'Server capture rows stay, with their status, signature and purged_at; their URLs and manifest are removed',
      ],
      items,
      skipped,
    };
  }

  /**
   * Removes every expired, unheld raw item. Idempotent: items already removed are skipped, and
   * each finding is re-checked for holds inside its own transaction.
   */
  async purge(now = new Date()): Promise<PurgeSummary> {
    const summary: PurgeSummary = {
      asOf: now.toISOString(),
      findings: 0,
      excerpts: 0,
      urls: 0,
      files: 0,
      captures: 0,
      skipped: 0,
      errors: [],
    };
    for (const plan of await this.plan(now)) {
      if (plan.wholeProcessHeldBy.length) {
        summary.skipped += 1;
        continue;
      }
      summary.skipped += plan.heldCandidates.size;
      for await (const batch of this.pendingFindings(plan)) {
        for (const f of batch) {
          try {
            const done = await this.purgeFinding(plan.process, f.id);
            if (!done) continue;
            summary.findings += 1;
            summary.excerpts += done.FINDING_EXCERPT;
            summary.urls += done.FINDING_URL;
            summary.files += done.EVIDENCE_FILE;
            summary.captures += done.captures;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.logger.error(
              { err: error, findingId: f.id },
              'Retention purge of a finding failed',
            );
            summary.errors.push({ findingId: f.id, error: message });
          }
        }
      }
    }
    return summary;
  }

  private async plan(now: Date): Promise<ProcessPlan[]> {
    const years = this.config.RETENTION_RAW_YEARS;
    const rows = await this.dataSource.query<
      { id: string; title: string; closed_at: Date; expires_at: Date }[]
    >(
      `SELECT id, title, closed_at, closed_at + make_interval(years => $1::int) AS expires_at
         FROM hiring_processes
        WHERE status = 'CLOSED' AND closed_at + make_interval(years => $1::int) <= $2
        ORDER BY closed_at, id`,
      [years, now],
    );
    if (!rows.length) return [];
    const holds = await this.dataSource.query<HoldRow[]>(
      `WITH h AS (${ACTIVE_HOLDS}) SELECT * FROM h WHERE process_id = ANY($1::uuid[]) ORDER BY kind, id`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => {
      const mine = holds.filter((h) => h.process_id === r.id);
      const reason = (h: HoldRow): RetentionHoldReason => ({
        kind: h.kind,
        id: h.id,
        label: h.label,
      });
      const heldCandidates = new Map<string, RetentionHoldReason[]>();
      for (const h of mine.filter((x) => x.candidate_id)) {
        heldCandidates.set(h.candidate_id!, [
          ...(heldCandidates.get(h.candidate_id!) ?? []),
          reason(h),
        ]);
      }
      return {
        process: {
          id: r.id,
          title: r.title,
          closedAt: r.closed_at,
          expiresAt: r.expires_at,
          rule: `RETENTION_RAW_YEARS=${years}, closed ${day(r.closed_at)}, expired ${day(r.expires_at)}`,
        },
        wholeProcessHeldBy: mine.filter((h) => !h.candidate_id).map(reason),
        heldCandidates,
      };
    });
  }

  /** Findings of the process with raw content left, outside held candidates, in id order. */
  private async *pendingFindings(plan: ProcessPlan): AsyncGenerator<PendingFinding[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource.query<PendingFinding[]>(
        `SELECT f.id, v.candidate_id,
                f.excerpt IS NOT NULL AS has_excerpt,
                f.source_url IS NOT NULL AS has_url,
                coalesce((SELECT array_agg(e.id ORDER BY e.id) FROM evidence_files e
                           WHERE e.finding_id = f.id AND e.storage_key IS NOT NULL), '{}') AS evidence_ids,
                coalesce((SELECT json_agg(json_build_object('id', c.id, 'has_url', c.url IS NOT NULL,
                                          'has_manifest', c.manifest IS NOT NULL) ORDER BY c.id)
                            FROM captures c WHERE c.finding_id = f.id AND c.purged_at IS NULL), '[]') AS captures
           FROM findings f JOIN vettings v ON v.id = f.vetting_id
          WHERE f.process_id = $1 AND f.id > $2 AND NOT (v.candidate_id = ANY($3::uuid[]))
            AND (f.excerpt IS NOT NULL OR f.source_url IS NOT NULL
                 OR EXISTS (SELECT 1 FROM evidence_files e WHERE e.finding_id = f.id AND e.storage_key IS NOT NULL)
                 OR EXISTS (SELECT 1 FROM captures c WHERE c.finding_id = f.id AND c.purged_at IS NULL))
          ORDER BY f.id
          LIMIT ${BATCH}`,
        [plan.process.id, after, [...plan.heldCandidates.keys()]],
      );
      if (rows.length) yield rows;
      if (rows.length < BATCH) return;
      after = rows[rows.length - 1].id;
    }
  }

  /**
   * One finding's raw content, in one transaction: tombstones, audit events and the row changes
   * commit together. The hold check is repeated under the process's records lock, which hold
   * and request changes take too, so a hold placed meanwhile is always respected. Files are
   * removed last, just before commit; if the commit then fails, the next run finds the row
   * unchanged and removes it again (removal of a missing file is a no-op).
   */
  private async purgeFinding(
    process: ExpiredProcess,
    findingId: string,
  ): Promise<(Record<TombstoneSubjectType, number> & { captures: number }) | null> {
    return this.dataSource.transaction(async (m) => {
      await lockProcessRecords(m, process.id);
      const [finding] = await m.query<
        { id: string; excerpt: string | null; source_url: string | null; candidate_id: string }[]
      >(
        `SELECT f.id, f.excerpt, f.source_url, v.candidate_id
           FROM findings f JOIN vettings v ON v.id = f.vetting_id
          WHERE f.id = $1 AND f.process_id = $2
          FOR UPDATE OF f`,
        [findingId, process.id],
      );
      if (!finding) return null;
      if (await this.isHeld(m, process.id, finding.candidate_id)) return null;
      const files = await m.query<{ id: string; sha256: string; storage_key: string }[]>(
        `SELECT id, sha256, storage_key FROM evidence_files
          WHERE finding_id = $1 AND storage_key IS NOT NULL ORDER BY id FOR UPDATE`,
        [findingId],
      );

      // Its server captures' URLs and manifests go with it (same transaction, same rule).
      const captures = await lockCapturesToPurge(m, findingId, sha256Text);
      const removed: RemovedItem[] = [];
      if (finding.excerpt !== null)
        removed.push({
          type: 'FINDING_EXCERPT',
          subjectId: findingId,
          sha256: sha256Text(finding.excerpt),
        });
      if (finding.source_url !== null)
        removed.push({
          type: 'FINDING_URL',
          subjectId: findingId,
          sha256: sha256Text(finding.source_url),
        });
      for (const f of files)
        removed.push({ type: 'EVIDENCE_FILE', subjectId: f.id, sha256: f.sha256.trim() });
      removed.push(...captures.removed);
      if (!removed.length && !captures.rows.length) return null;

      const removedAt = new Date();
      let flagQuotesCleared = 0;
      if (finding.excerpt !== null || finding.source_url !== null) {
        await m.query(
          `UPDATE findings SET excerpt = NULL, source_url = NULL, purged_at = coalesce(purged_at, $2) WHERE id = $1`,
          [findingId, removedAt],
        );
        // A detector flag on the excerpt quotes the excerpt: it goes with it.
        const [, cleared] = await m.query<[unknown, number]>(
          `UPDATE screening_flags SET text = NULL WHERE finding_id = $1 AND field = 'excerpt' AND text IS NOT NULL`,
          [findingId],
        );
        flagQuotesCleared = cleared ?? 0;
      }
      if (captures.rows.length) {
        // A capture is only purged with its finding (the trigger checks it).
        await m.query(
          `UPDATE findings SET purged_at = coalesce(purged_at, $2) WHERE id = $1 AND purged_at IS NULL`,
          [findingId, removedAt],
        );
        await blankCaptures(m, captures.rows, removedAt, process.rule);
      }
      if (files.length) {
        await m.query(
          `UPDATE evidence_files SET storage_key = NULL, purged_at = $2 WHERE id = ANY($1::uuid[])`,
          [files.map((f) => f.id), removedAt],
        );
      }
      for (const item of removed) {
        const tombstone: PurgeTombstone = m.create(PurgeTombstone, {
          id: randomUUID(),
          subjectType: item.type,
          subjectId: item.subjectId,
          findingId,
          processId: process.id,
          rule: process.rule,
          sha256: item.sha256,
          removedAt,
        });
        await m.insert(PurgeTombstone, tombstone);
        await this.audit.append(m, {
          action: 'retention.purge',
          subjectType: 'finding',
          subjectId: findingId,
          details: {
            item: item.type,
            itemId: item.subjectId,
            tombstoneId: tombstone.id,
            sha256: item.sha256,
            processId: process.id,
            candidateId: finding.candidate_id,
            rule: process.rule,
            ...(item.type === 'FINDING_EXCERPT' && flagQuotesCleared ? { flagQuotesCleared } : {}),
            ...item.details,
          },
          actorId: null,
          actorRoles: [],
        });
      }
      for (const f of files) await this.store.remove(f.storage_key);
      const counts: Record<TombstoneSubjectType, number> & { captures: number } = {
        FINDING_EXCERPT: 0,
        FINDING_URL: 0,
        EVIDENCE_FILE: 0,
        CAPTURE_URL: 0,
        CAPTURE_MANIFEST: 0,
        captures: captures.rows.length,
      };
      for (const item of removed) counts[item.type] += 1;
      return counts;
    });
  }

  private async isHeld(m: EntityManager, processId: string, candidateId: string): Promise<boolean> {
    const rows = await m.query<unknown[]>(
      `WITH h AS (${ACTIVE_HOLDS})
       SELECT 1 FROM h WHERE process_id = $1 AND (candidate_id IS NULL OR candidate_id = $2) LIMIT 1`,
      [processId, candidateId],
    );
    return rows.length > 0;
  }
}
