import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../auth/current-user.decorator';
import {
  MyVettingView,
  MyWorkView,
  PendingFilterReviewView,
  PendingValidationView,
} from './my-work.dto';

/**
 * Processes where the user may do searcher work: open, in their searcher pool, and never on the
 * panel (a seat held at any time bars searcher work, policy IV.B.6a).
 */
const ELIGIBLE_PROCESSES = `
  SELECT p.id, p.title FROM hiring_processes p
   WHERE p.status = 'OPEN'
     AND EXISTS (SELECT 1 FROM process_searchers s WHERE s.process_id = p.id AND s.user_id = $1)
     AND NOT EXISTS (SELECT 1 FROM panel_members pm WHERE pm.process_id = p.id AND pm.user_id = $1)`;

/** A searcher's to-do list: assigned vettings, findings to validate, filters to review. */
@Injectable()
export class MyWorkService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async work(caller: Caller): Promise<MyWorkView> {
    const designationActive = await this.designationActive(caller.id);
    const [vettings, validations, filterReviews] = await Promise.all([
      this.vettings(caller.id),
      designationActive ? this.validations(caller.id) : [],
      designationActive ? this.filterReviews(caller.id) : [],
    ]);
    return { designationActive, vettings, validations, filterReviews };
  }

  private async designationActive(userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query<{ ok: boolean }[]>(
      `SELECT coalesce((
         SELECT d.revoked_at IS NULL AND d.expires_on >= current_date AND d.acknowledged_at <= now()
           FROM searcher_designations d WHERE d.user_id = $1
          ORDER BY d.designated_at DESC LIMIT 1), false) AS ok`,
      [userId],
    );
    return row.ok;
  }

  private async vettings(userId: string): Promise<MyVettingView[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        process_id: string;
        title: string;
        candidate_id: string;
        full_name: string;
        status: string;
        resolved: number;
        total: number;
        findings: number;
        assigned_at: Date | null;
        submitted_at: Date | null;
        closed_at: Date | null;
      }[]
    >(
      `SELECT v.id, v.process_id, p.title, c.id AS candidate_id, c.full_name, v.status,
              (SELECT count(*)::int FROM item_results r JOIN checklist_items i
                  ON i.version_id = v.checklist_version_id AND i.key = r.item_key
                WHERE r.vetting_id = v.id) AS resolved,
              (SELECT count(*)::int FROM checklist_items i WHERE i.version_id = v.checklist_version_id) AS total,
              (SELECT count(*)::int FROM findings f WHERE f.vetting_id = v.id) AS findings,
              v.assigned_at, v.submitted_at, p.closed_at
         FROM vettings v
         JOIN hiring_processes p ON p.id = v.process_id
         JOIN candidates c ON c.id = v.candidate_id
        WHERE v.searcher_id = $1
          AND NOT EXISTS (SELECT 1 FROM panel_members pm WHERE pm.process_id = v.process_id AND pm.user_id = $1)
        ORDER BY v.assigned_at NULLS LAST, v.created_at`,
      [userId],
    );
    return rows.map((r) => ({
      vettingId: r.id,
      processId: r.process_id,
      processTitle: r.title,
      candidateId: r.candidate_id,
      candidateName: r.full_name,
      status: r.status,
      itemsResolved: r.resolved,
      itemsTotal: r.total,
      findings: r.findings,
      assignedAt: r.assigned_at,
      submittedAt: r.submitted_at,
      processClosedAt: r.closed_at,
    }));
  }

  /** Other searchers' findings in my eligible processes with no standing validation. */
  private async validations(userId: string): Promise<PendingValidationView[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        vetting_id: string;
        process_id: string;
        title: string;
        full_name: string;
        item_key: string;
        category: string;
        author_id: string;
        created_at: Date;
      }[]
    >(
      `SELECT f.id, f.vetting_id, f.process_id, p.title, c.full_name, f.item_key, f.category,
              f.author_id, f.created_at
         FROM findings f
         JOIN (${ELIGIBLE_PROCESSES}) p ON p.id = f.process_id
         JOIN vettings v ON v.id = f.vetting_id
         JOIN candidates c ON c.id = v.candidate_id
        WHERE f.author_id <> $1 AND f.purged_at IS NULL
          -- A voided validation (the text changed after it) no longer counts: the finding needs a new one.
          AND NOT EXISTS (SELECT 1 FROM validations x WHERE x.finding_id = f.id AND x.voided_at IS NULL)
        ORDER BY f.created_at`,
      [userId],
    );
    return rows.map((r) => ({
      findingId: r.id,
      vettingId: r.vetting_id,
      processId: r.process_id,
      processTitle: r.title,
      candidateName: r.full_name,
      itemKey: r.item_key,
      category: r.category,
      authorId: r.author_id,
      createdAt: r.created_at,
    }));
  }

  /** Findings whose current text is screened with flags and has no filter review yet. */
  private async filterReviews(userId: string): Promise<PendingFilterReviewView[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        vetting_id: string;
        process_id: string;
        title: string;
        full_name: string;
        text_version: number;
        flags: number;
      }[]
    >(
      `SELECT f.id, f.vetting_id, f.process_id, p.title, c.full_name, f.text_version,
              (SELECT count(*)::int FROM screening_flags fl WHERE fl.screening_id = s.id) AS flags
         FROM findings f
         JOIN (${ELIGIBLE_PROCESSES}) p ON p.id = f.process_id
         JOIN vettings v ON v.id = f.vetting_id
         JOIN candidates c ON c.id = v.candidate_id
         JOIN hiring_processes hp ON hp.id = f.process_id
         -- The current screening: the latest of the current text (a rescan adds one per rules version).
         JOIN LATERAL (SELECT x.id FROM screenings x
                        WHERE x.finding_id = f.id AND x.text_version = f.text_version
                        ORDER BY x.completed_at DESC, x.id DESC LIMIT 1) s ON true
        WHERE f.purged_at IS NULL
          -- Independent filter review: my own findings are someone else's to review.
          AND (f.author_id <> $1 OR NOT hp.require_independent_filter_review)
          AND EXISTS (SELECT 1 FROM screening_flags fl WHERE fl.screening_id = s.id)
          AND NOT EXISTS (SELECT 1 FROM filter_reviews r
                           WHERE r.finding_id = f.id AND r.screening_id = s.id)
        ORDER BY f.created_at`,
      [userId],
    );
    return rows.map((r) => ({
      findingId: r.id,
      vettingId: r.vetting_id,
      processId: r.process_id,
      processTitle: r.title,
      candidateName: r.full_name,
      textVersion: r.text_version,
      flags: r.flags,
    }));
  }
}
