import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../auth/current-user.decorator';
import { RescanNoticeFlag, RescanNoticesView } from './rescan.dto';

/**
 * Released reports the current rules would have flagged, for the designated searchers of their
 * process (in its searcher pool, never on its panel, designation in force). A notice stands until
 * a newer report version of the vetting is released. Counts by class only: no finding text.
 */
@Injectable()
export class RescanNoticesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(caller: Caller): Promise<RescanNoticesView> {
    const rows = await this.dataSource.query<
      {
        id: string;
        process_id: string;
        title: string;
        vetting_id: string;
        full_name: string;
        report_version_id: string;
        version: number;
        released_at: Date;
        rules_version: string;
        flags: RescanNoticeFlag[];
        created_at: Date;
      }[]
    >(
      `SELECT n.id, n.process_id, p.title, n.vetting_id, c.full_name, n.report_version_id, rv.version,
              rv.released_at, n.rules_version, n.flags, n.created_at
         FROM report_rescan_notices n
         JOIN report_versions rv ON rv.id = n.report_version_id
         JOIN hiring_processes p ON p.id = n.process_id
         JOIN vettings v ON v.id = n.vetting_id
         JOIN candidates c ON c.id = v.candidate_id
        WHERE p.status = 'OPEN'
          AND EXISTS (SELECT 1 FROM process_searchers s WHERE s.process_id = p.id AND s.user_id = $1)
          AND NOT EXISTS (SELECT 1 FROM panel_members pm WHERE pm.process_id = p.id AND pm.user_id = $1)
          AND coalesce((SELECT d.revoked_at IS NULL AND d.expires_on >= current_date AND d.acknowledged_at <= now()
                          FROM searcher_designations d WHERE d.user_id = $1
                         ORDER BY d.designated_at DESC LIMIT 1), false)
          AND NOT EXISTS (SELECT 1 FROM report_versions newer
                           WHERE newer.vetting_id = n.vetting_id AND newer.version > rv.version)
        ORDER BY n.created_at, n.id`,
      [caller.id],
    );
    return {
      notices: rows.map((r) => ({
        id: r.id,
        processId: r.process_id,
        processTitle: r.title,
        vettingId: r.vetting_id,
        candidateName: r.full_name,
        reportVersionId: r.report_version_id,
        reportVersion: r.version,
        releasedAt: r.released_at,
        rulesVersion: r.rules_version,
        flags: r.flags,
        listedAt: r.created_at,
      })),
    };
  }
}
