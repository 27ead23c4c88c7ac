import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ReportContent } from '../reports/panel-report.dto';
import { ProtectedClassDetector } from './detector/detector';
import { RescanNoticeFlag, RescanResult } from './rescan.dto';

/** The text fields of a released report's finding the new rules are run over. */
const REPORT_FIELDS = ['summary', 'excerpt', 'mitigation', 'candidateResponse'] as const;

/**
 * Rolls out a new rules version (`npm run cli -- screening:rescan [--process ID]`).
 *
 * - Every finding of an open process that is not yet in a released report, and whose current
 *   text has no screening under the current rules, gets a scan request in the screening outbox
 *   (the relay queues it like any other). Its flags then need a new filter review before release.
 * - Released report versions are never rewritten. The latest version of each released vetting is
 *   run through the new rules as the panel reads it; when they flag anything, the report is
 *   listed for the searchers of its process (a notice holding counts by finding, field and class,
 *   never the text), and its findings are queued for re-screening too, so the searchers can
 *   review the new flags and release a corrected version.
 */
@Injectable()
export class RescanService {
  private compiled?: ProtectedClassDetector;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Compiled on first use only: the API process that serves the notices never needs it. */
  private get detector(): ProtectedClassDetector {
    this.compiled ??= new ProtectedClassDetector();
    return this.compiled;
  }

  async rescan(opts: { processId?: string } = {}): Promise<RescanResult> {
    const rulesVersion = this.detector.rulesVersion;
    const scope = opts.processId ?? null;
    return this.dataSource.transaction(async (m) => {
      if (scope) {
        const [p] = await m.query<{ id: string }[]>(
          `SELECT id FROM hiring_processes WHERE id = $1`,
          [scope],
        );
        if (!p) throw new RescanScopeError(`No hiring process ${scope}`);
      }
      const unreleased = await m.query<{ id: string; text_version: number }[]>(
        `SELECT f.id, f.text_version FROM findings f
           JOIN hiring_processes p ON p.id = f.process_id
          WHERE p.status = 'OPEN' AND ($1::uuid IS NULL OR f.process_id = $1)
            AND NOT EXISTS (SELECT 1 FROM report_versions rv
                             WHERE rv.vetting_id = f.vetting_id
                               AND (f.id = ANY (rv.reported_finding_ids) OR f.id = ANY (rv.withheld_finding_ids)))
            AND NOT EXISTS (SELECT 1 FROM screenings s
                             WHERE s.finding_id = f.id AND s.text_version = f.text_version AND s.rules_version = $2)
          ORDER BY f.created_at, f.id`,
        [scope, rulesVersion],
      );
      let queued = 0;
      for (const f of unreleased) {
        if (await this.enqueue(m, f.id, f.text_version, rulesVersion)) queued++;
      }
      const listed = await this.listReleasedReports(m, scope, rulesVersion);
      await this.audit.append(m, {
        action: 'screening.rescan',
        subjectType: scope ? 'process' : 'system',
        subjectId: scope,
        actorId: null,
        actorRoles: [],
        details: {
          rulesVersion,
          processId: scope,
          findingsQueued: queued,
          reportsListed: listed.length,
          reportVersionIds: listed.map((r) => r.reportVersionId),
        },
      });
      return { rulesVersion, findingsQueued: queued, reportsListed: listed };
    });
  }

  private async listReleasedReports(
    m: EntityManager,
    scope: string | null,
    rulesVersion: string,
  ): Promise<RescanResult['reportsListed']> {
    const latest = await m.query<
      {
        id: string;
        vetting_id: string;
        process_id: string;
        version: number;
        content: ReportContent;
        reported_finding_ids: string[];
      }[]
    >(
      `SELECT DISTINCT ON (rv.vetting_id) rv.id, rv.vetting_id, rv.process_id, rv.version, rv.content,
              rv.reported_finding_ids
         FROM report_versions rv
         JOIN hiring_processes p ON p.id = rv.process_id
        WHERE p.status = 'OPEN' AND ($1::uuid IS NULL OR rv.process_id = $1)
          AND NOT EXISTS (SELECT 1 FROM report_rescan_notices n
                           WHERE n.report_version_id = rv.id AND n.rules_version = $2)
        ORDER BY rv.vetting_id, rv.version DESC`,
      [scope, rulesVersion],
    );
    const out: RescanResult['reportsListed'] = [];
    for (const rv of latest) {
      const kept = await this.keptTexts(m, rv.reported_finding_ids);
      const flags = this.flagsIn(rv.content, (index, field, text) =>
        (kept.get(`${rv.reported_finding_ids[index]}|${field}`) ?? []).some((k) =>
          k.includes(text.toLowerCase()),
        ),
      );
      if (!flags.length) continue;
      await m.query(
        `INSERT INTO report_rescan_notices (report_version_id, vetting_id, process_id, rules_version, flags)
         VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT DO NOTHING`,
        [rv.id, rv.vetting_id, rv.process_id, rulesVersion, JSON.stringify(flags)],
      );
      const findings = await m.query<{ id: string; text_version: number }[]>(
        `SELECT id, text_version FROM findings WHERE id = ANY ($1::uuid[]) AND purged_at IS NULL`,
        [rv.reported_finding_ids],
      );
      for (const f of findings) await this.enqueue(m, f.id, f.text_version, rulesVersion);
      out.push({
        reportVersionId: rv.id,
        vettingId: rv.vetting_id,
        processId: rv.process_id,
        version: rv.version,
        flags,
      });
    }
    return out;
  }

  /**
   * Text a reviewer decided to KEEP (needed to describe job-relevant conduct), by finding and
   * field: a hit inside it is a decision already made, not something the new rules found.
   */
  private async keptTexts(m: EntityManager, findingIds: string[]): Promise<Map<string, string[]>> {
    const rows = await m.query<{ finding_id: string; field: string; text: string | null }[]>(
      `SELECT sf.finding_id, sf.field, sf.text FROM filter_decisions fd
         JOIN screening_flags sf ON sf.id = fd.flag_id
        WHERE fd.action = 'KEEP' AND sf.finding_id = ANY ($1::uuid[])`,
      [findingIds],
    );
    const out = new Map<string, string[]>();
    for (const r of rows) {
      if (!r.text) continue;
      const key = `${r.finding_id}|${r.field}`;
      out.set(key, [...(out.get(key) ?? []), r.text.toLowerCase()]);
    }
    return out;
  }

  /** What the current rules flag in a released report's text, as the panel reads it: counts only. */
  private flagsIn(
    content: ReportContent,
    decided: (findingIndex: number, field: string, text: string) => boolean,
  ): RescanNoticeFlag[] {
    const counts = new Map<string, RescanNoticeFlag>();
    content.findings.forEach((f, index) => {
      for (const field of REPORT_FIELDS) {
        const text = field === 'candidateResponse' ? f.candidateResponse?.text : f[field];
        if (!text) continue;
        for (const hit of this.detector.scan(text)) {
          if (decided(index, field, hit.text)) continue;
          const key = `${index}|${field}|${hit.class}`;
          const seen = counts.get(key);
          if (seen) seen.count++;
          else counts.set(key, { findingIndex: index, field, class: hit.class, count: 1 });
        }
      }
    });
    return [...counts.values()];
  }

  private async enqueue(
    m: EntityManager,
    findingId: string,
    textVersion: number,
    rulesVersion: string,
  ): Promise<boolean> {
    const rows = await m.query<unknown[]>(
      `INSERT INTO screening_outbox (finding_id, text_version, rules_version) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING id`,
      [findingId, textVersion, rulesVersion],
    );
    return rows.length > 0;
  }
}

/** A rescan asked for a process that does not exist. */
export class RescanScopeError extends Error {}
