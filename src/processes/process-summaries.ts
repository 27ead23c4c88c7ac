import { ApiProperty } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';

export class VettingCountsView {
  @ApiProperty() NOT_ASSIGNED!: number;
  @ApiProperty() ASSIGNED!: number;
  @ApiProperty() IN_PROGRESS!: number;
  @ApiProperty() SUBMITTED!: number;
  @ApiProperty() RELEASED!: number;
}

/** A process as overseers list it: names, status, dates and counts; no candidate or finding content. */
export class ProcessSummaryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: ['OPEN', 'CLOSED'] })
  status!: 'OPEN' | 'CLOSED';

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  checklistLockedAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt!: Date | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Current checklist version number' })
  checklistVersion!: number | null;

  @ApiProperty()
  candidates!: number;

  @ApiProperty({ type: VettingCountsView })
  vettings!: VettingCountsView;

  @ApiProperty()
  findings!: number;

  @ApiProperty({ description: 'Report versions released to the panel' })
  reportVersions!: number;

  @ApiProperty({ description: 'Legal holds in force on the process or its candidates' })
  activeLegalHolds!: number;
}

interface Row {
  id: string;
  title: string;
  status: 'OPEN' | 'CLOSED';
  created_at: Date;
  closed_at: Date | null;
  checklist_locked_at: Date | null;
  checklist_version: number | null;
  candidates: number;
  vettings: Record<string, number> | null;
  findings: number;
  report_versions: number;
  active_legal_holds: number;
}

/** Every process with its counts, newest first, in one query. */
export async function processSummaries(m: EntityManager): Promise<ProcessSummaryView[]> {
  const rows = await m.query<Row[]>(`
    SELECT p.id, p.title, p.status, p.created_at, p.closed_at,
           (SELECT min(started_at) FROM vettings v WHERE v.process_id = p.id) AS checklist_locked_at,
           (SELECT version FROM checklist_versions c WHERE c.id = p.current_checklist_version_id) AS checklist_version,
           (SELECT count(*)::int FROM candidates c WHERE c.process_id = p.id) AS candidates,
           (SELECT jsonb_object_agg(status, n) FROM
              (SELECT status, count(*)::int AS n FROM vettings v WHERE v.process_id = p.id GROUP BY status) s
           ) AS vettings,
           (SELECT count(*)::int FROM findings f WHERE f.process_id = p.id) AS findings,
           (SELECT count(*)::int FROM report_versions r WHERE r.process_id = p.id) AS report_versions,
           (SELECT count(*)::int FROM legal_holds h WHERE h.process_id = p.id AND h.released_at IS NULL)
             AS active_legal_holds
      FROM hiring_processes p
     ORDER BY p.created_at DESC`);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    createdAt: r.created_at,
    checklistLockedAt: r.checklist_locked_at,
    closedAt: r.closed_at,
    checklistVersion: r.checklist_version,
    candidates: r.candidates,
    vettings: {
      NOT_ASSIGNED: r.vettings?.NOT_ASSIGNED ?? 0,
      ASSIGNED: r.vettings?.ASSIGNED ?? 0,
      IN_PROGRESS: r.vettings?.IN_PROGRESS ?? 0,
      SUBMITTED: r.vettings?.SUBMITTED ?? 0,
      RELEASED: r.vettings?.RELEASED ?? 0,
    },
    findings: r.findings,
    reportVersions: r.report_versions,
    activeLegalHolds: r.active_legal_holds,
  }));
}
