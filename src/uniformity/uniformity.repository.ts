import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ChecklistItemRow,
  DutyRow,
  FilterReviewRow,
  FindingRow,
  ItemResultRow,
  PanelMemberRow,
  ProcessRow,
  ReportVersionRow,
  TextChangeRow,
  UniformityInput,
  ValidationRow,
  VettingRow,
  WorkRow,
} from './uniformity.calculator';
import { KeepDecisionView } from './uniformity.dto';

const num = (v: unknown) => Number(v);
const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string | Date));

/**
 * Gathers the rows the uniformity report is computed from: a fixed number of set-based queries
 * per process (no per-candidate queries). Run it inside one REPEATABLE READ transaction so all
 * queries see the same snapshot.
 */
@Injectable()
export class UniformityRepository {
  async process(m: EntityManager, processId: string): Promise<ProcessRow | null> {
    const rows = await m.query<
      {
        id: string;
        title: string;
        status: string;
        require_independent_validation: boolean;
        require_independent_filter_review: boolean;
        filter_review_relaxed_reason: string | null;
        current_version: number | null;
      }[]
    >(
      `SELECT p.id, p.title, p.status, p.require_independent_validation,
              p.require_independent_filter_review, p.filter_review_relaxed_reason, cv.version AS current_version
         FROM hiring_processes p
         LEFT JOIN checklist_versions cv ON cv.id = p.current_checklist_version_id
        WHERE p.id = $1`,
      [processId],
    );
    const p = rows[0];
    if (!p) return null;
    return {
      id: p.id,
      title: p.title,
      status: p.status,
      requireIndependentValidation: p.require_independent_validation,
      requireIndependentFilterReview: p.require_independent_filter_review,
      filterReviewRelaxedReason: p.filter_review_relaxed_reason,
      currentChecklistVersion: p.current_version === null ? null : num(p.current_version),
    };
  }

  async gather(m: EntityManager, process: ProcessRow): Promise<UniformityInput> {
    const id = process.id;
    // Sequential on purpose: one connection (the transaction's) runs one query at a time.
    const vettings = await this.vettings(m, id);
    const checklistItems = await this.checklistItems(m, id);
    const itemResults = await this.itemResults(m, id);
    const work = await this.work(m, id);
    const findings = await this.findings(m, id);
    const validations = await this.validations(m, id);
    const filterReviews = await this.filterReviews(m, id);
    const reportVersions = await this.reportVersions(m, id);
    const duties = await this.duties(m, id);
    const panelMembers = await this.panelMembers(m, id);
    const keepDecisions = await this.keepDecisions(m, id);
    const userIds = new Set<string>([
      ...vettings.flatMap((v) => (v.searcherId ? [v.searcherId] : [])),
      ...work.map((w) => w.userId),
      ...validations.map((v) => v.validatorId),
      ...filterReviews.flatMap((r) => (r.reviewerId ? [r.reviewerId] : [])),
      ...panelMembers.map((p) => p.userId),
    ]);
    const userNames = await this.userNames(m, [...userIds]);
    return {
      process,
      vettings,
      checklistItems,
      itemResults,
      work,
      findings,
      validations,
      textChanges: await this.textChanges(m, id),
      filterReviews,
      reportVersions,
      duties,
      panelMembers,
      keepDecisions,
      userNames,
      generatedAt: new Date(),
    };
  }

  private async vettings(m: EntityManager, processId: string): Promise<VettingRow[]> {
    const rows = await m.query<Record<string, unknown>[]>(
      `SELECT v.id, v.candidate_id, c.full_name, v.status, v.checklist_version_id, cv.version,
              v.searcher_id, v.assigned_at, v.submitted_at, coalesce(sl.n, 0)::int AS searches
         FROM vettings v
         JOIN candidates c ON c.id = v.candidate_id
         LEFT JOIN checklist_versions cv ON cv.id = v.checklist_version_id
         LEFT JOIN (SELECT vetting_id, count(*) AS n FROM search_logs
                     WHERE vetting_id IN (SELECT id FROM vettings WHERE process_id = $1)
                     GROUP BY vetting_id) sl ON sl.vetting_id = v.id
        WHERE v.process_id = $1
        ORDER BY c.created_at, c.id`,
      [processId],
    );
    return rows.map((r) => ({
      vettingId: r.id as string,
      candidateId: r.candidate_id as string,
      candidateName: r.full_name as string,
      status: r.status as string,
      checklistVersionId: (r.checklist_version_id as string | null) ?? null,
      checklistVersion: r.version === null ? null : num(r.version),
      searcherId: (r.searcher_id as string | null) ?? null,
      assignedAt: date(r.assigned_at),
      submittedAt: date(r.submitted_at),
      searchesLogged: num(r.searches),
    }));
  }

  /** The items of every checklist version any candidate of the process is on. */
  private async checklistItems(m: EntityManager, processId: string): Promise<ChecklistItemRow[]> {
    const rows = await m.query<{ version_id: string; key: string; title: string }[]>(
      `SELECT ci.version_id, ci.key, ci.title
         FROM checklist_items ci
        WHERE ci.version_id IN (SELECT checklist_version_id FROM vettings WHERE process_id = $1)
        ORDER BY ci.version_id, ci.position`,
      [processId],
    );
    return rows.map((r) => ({ versionId: r.version_id, key: r.key, title: r.title }));
  }

  private async itemResults(m: EntityManager, processId: string): Promise<ItemResultRow[]> {
    const rows = await m.query<
      {
        vetting_id: string;
        item_key: string;
        outcome: ItemResultRow['outcome'];
        notes: string | null;
      }[]
    >(
      `SELECT ir.vetting_id, ir.item_key, ir.outcome, ir.notes
         FROM item_results ir
         JOIN vettings v ON v.id = ir.vetting_id
        WHERE v.process_id = $1`,
      [processId],
    );
    return rows.map((r) => ({
      vettingId: r.vetting_id,
      itemKey: r.item_key,
      outcome: r.outcome,
      notes: r.notes,
    }));
  }

  /** Who searched or recorded findings on which vetting, and by what method (distinct). */
  private async work(m: EntityManager, processId: string): Promise<WorkRow[]> {
    const rows = await m.query<{ vetting_id: string; user_id: string; method: string }[]>(
      `SELECT DISTINCT vetting_id, user_id, method FROM (
          SELECT sl.vetting_id, sl.searcher_id AS user_id, sl.method
            FROM search_logs sl JOIN vettings v ON v.id = sl.vetting_id
           WHERE v.process_id = $1
          UNION ALL
          SELECT f.vetting_id, f.author_id, f.method
            FROM findings f JOIN vettings v ON v.id = f.vetting_id
           WHERE v.process_id = $1
        ) w`,
      [processId],
    );
    return rows.map((r) => ({ vettingId: r.vetting_id, userId: r.user_id, method: r.method }));
  }

  private async findings(m: EntityManager, processId: string): Promise<FindingRow[]> {
    const rows = await m.query<
      {
        id: string;
        vetting_id: string;
        author_id: string;
        category: string;
        server_captured: boolean;
      }[]
    >(
      `SELECT f.id, f.vetting_id, f.author_id, f.category,
              EXISTS (SELECT 1 FROM captures c WHERE c.finding_id = f.id AND c.status = 'DONE') AS server_captured
         FROM findings f JOIN vettings v ON v.id = f.vetting_id
        WHERE v.process_id = $1
        ORDER BY f.created_at, f.id`,
      [processId],
    );
    return rows.map((r) => ({
      findingId: r.id,
      vettingId: r.vetting_id,
      authorId: r.author_id,
      category: r.category,
      serverCaptured: r.server_captured,
    }));
  }

  private async validations(m: EntityManager, processId: string): Promise<ValidationRow[]> {
    const rows = await m.query<Record<string, unknown>[]>(
      `SELECT va.id, va.finding_id, va.validator_id, va.status, va.self_validated, va.created_at,
              va.voided_at
         FROM validations va
         JOIN findings f ON f.id = va.finding_id
         JOIN vettings v ON v.id = f.vetting_id
        WHERE v.process_id = $1
        ORDER BY va.created_at, va.id`,
      [processId],
    );
    return rows.map((r) => ({
      validationId: r.id as string,
      findingId: r.finding_id as string,
      validatorId: r.validator_id as string,
      status: r.status as ValidationRow['status'],
      selfValidated: r.self_validated === true,
      createdAt: date(r.created_at)!,
      voidedAt: date(r.voided_at),
    }));
  }

  private async textChanges(m: EntityManager, processId: string): Promise<TextChangeRow[]> {
    const rows = await m.query<Record<string, unknown>[]>(
      `SELECT c.finding_id, c.changed_at, c.fields
         FROM finding_text_changes c
         JOIN findings f ON f.id = c.finding_id
        WHERE f.process_id = $1
        ORDER BY c.changed_at, c.id`,
      [processId],
    );
    return rows.map((r) => ({
      findingId: r.finding_id as string,
      changedAt: date(r.changed_at)!,
      fields: r.fields as string[],
    }));
  }

  private async filterReviews(m: EntityManager, processId: string): Promise<FilterReviewRow[]> {
    const rows = await m.query<Record<string, unknown>[]>(
      `SELECT fr.id, fr.finding_id, fr.created_at, fr.reviewer_id, fr.self_reviewed,
              count(fd.id) FILTER (WHERE fd.action = 'REDACT')::int AS redacted,
              count(fd.id) FILTER (WHERE fd.action = 'KEEP')::int AS kept
         FROM filter_reviews fr
         JOIN findings f ON f.id = fr.finding_id
         JOIN vettings v ON v.id = f.vetting_id
         LEFT JOIN filter_decisions fd ON fd.review_id = fr.id
        WHERE v.process_id = $1
        GROUP BY fr.id
        ORDER BY fr.created_at, fr.id`,
      [processId],
    );
    return rows.map((r) => ({
      reviewId: r.id as string,
      findingId: r.finding_id as string,
      createdAt: date(r.created_at)!,
      redacted: num(r.redacted),
      kept: num(r.kept),
      reviewerId: r.reviewer_id as string,
      selfReviewed: r.self_reviewed as boolean,
    }));
  }

  private async reportVersions(m: EntityManager, processId: string): Promise<ReportVersionRow[]> {
    const rows = await m.query<
      {
        id: string;
        vetting_id: string;
        version: number;
        released_at: Date;
        reported: string[];
        withheld: string[];
      }[]
    >(
      `SELECT rv.id, rv.vetting_id, rv.version, rv.released_at,
              rv.reported_finding_ids::text[] AS reported, rv.withheld_finding_ids::text[] AS withheld
         FROM report_versions rv JOIN vettings v ON v.id = rv.vetting_id
        WHERE v.process_id = $1
        ORDER BY rv.vetting_id, rv.version`,
      [processId],
    );
    return rows.map((r) => ({
      id: r.id,
      vettingId: r.vetting_id,
      version: num(r.version),
      releasedAt: date(r.released_at)!,
      reportedFindingIds: r.reported ?? [],
      withheldFindingIds: r.withheld ?? [],
    }));
  }

  /**
   * Searcher work as the records show it, not as the rules should have kept it: the
   * process_searchers duties, plus assignment, search logs, findings, validations and filter
   * reviews found in the data (a faulty import or a direct edit would bypass the duty rows).
   */
  private async duties(m: EntityManager, processId: string): Promise<DutyRow[]> {
    const rows = await m.query<{ user_id: string; duty: string }[]>(
      `SELECT DISTINCT user_id, duty FROM (
          SELECT user_id, duty FROM process_searchers WHERE process_id = $1
          UNION ALL
          SELECT searcher_id, 'ASSIGNED' FROM vettings WHERE process_id = $1 AND searcher_id IS NOT NULL
          UNION ALL
          SELECT sl.searcher_id, 'SEARCH_LOGGED' FROM search_logs sl JOIN vettings v ON v.id = sl.vetting_id WHERE v.process_id = $1
          UNION ALL
          SELECT f.author_id, 'FINDING_AUTHOR' FROM findings f JOIN vettings v ON v.id = f.vetting_id WHERE v.process_id = $1
          UNION ALL
          SELECT va.validator_id, 'VALIDATOR' FROM validations va JOIN findings f ON f.id = va.finding_id
            JOIN vettings v ON v.id = f.vetting_id WHERE v.process_id = $1
          UNION ALL
          SELECT fr.reviewer_id, 'FILTER_REVIEWER' FROM filter_reviews fr JOIN findings f ON f.id = fr.finding_id
            JOIN vettings v ON v.id = f.vetting_id WHERE v.process_id = $1
        ) d
        WHERE user_id IN (SELECT user_id FROM panel_members WHERE process_id = $1 AND removed_at IS NULL)`,
      [processId],
    );
    return rows.map((r) => ({ userId: r.user_id, duty: r.duty }));
  }

  private async panelMembers(m: EntityManager, processId: string): Promise<PanelMemberRow[]> {
    const rows = await m.query<{ user_id: string; added_at: Date }[]>(
      `SELECT user_id, added_at FROM panel_members WHERE process_id = $1 AND removed_at IS NULL ORDER BY added_at, id`,
      [processId],
    );
    return rows.map((r) => ({ userId: r.user_id, addedAt: date(r.added_at)! }));
  }

  /** Every KEEP decision in the process, from every review (the auditor sees them all). */
  private async keepDecisions(m: EntityManager, processId: string): Promise<KeepDecisionView[]> {
    const rows = await m.query<Record<string, unknown>[]>(
      `SELECT fd.id, sf.class, sf.field, sf.text, fd.justification, fr.reviewer_id, u.name AS reviewer_name,
              f.id AS finding_id, f.vetting_id, v.candidate_id, fr.created_at
         FROM filter_decisions fd
         JOIN filter_reviews fr ON fr.id = fd.review_id
         JOIN screening_flags sf ON sf.id = fd.flag_id
         JOIN findings f ON f.id = fr.finding_id
         JOIN vettings v ON v.id = f.vetting_id
         LEFT JOIN users u ON u.id = fr.reviewer_id
        WHERE v.process_id = $1 AND fd.action = 'KEEP'
        ORDER BY fr.created_at, fd.id`,
      [processId],
    );
    return rows.map((r) => ({
      decisionId: r.id as string,
      flagClass: r.class as string,
      field: r.field as string,
      keptText: (r.text as string | null) ?? null,
      justification: (r.justification as string | null) ?? null,
      reviewer: { id: r.reviewer_id as string, name: (r.reviewer_name as string | null) ?? null },
      findingId: r.finding_id as string,
      vettingId: r.vetting_id as string,
      candidateId: r.candidate_id as string,
      decidedAt: date(r.created_at)!,
    }));
  }

  private async userNames(m: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await m.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
