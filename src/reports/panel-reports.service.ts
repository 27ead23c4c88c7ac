import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { PanelMember } from '../processes/panel-member.entity';
import { PanelReportDto, toPanelReport } from './panel-report.dto';

interface PanelReadRow {
  id: string;
  version: number;
  sha256: string;
  content: object;
}

/** The hiring panel's only window: released, filtered reports of its own processes. Views are audited. */
@Injectable()
export class PanelReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  private sitsOnPanel(m: EntityManager, caller: Caller, processId: string): Promise<boolean> {
    return m
      .getRepository(PanelMember)
      .exists({ where: { processId, userId: caller.id, removedAt: IsNull() } });
  }

  /** The latest released report per candidate of the process. */
  async list(caller: Caller, processId: string): Promise<PanelReportDto[]> {
    const action = 'report.list';
    return this.dataSource.transaction(async (m) => {
      if (!(await this.sitsOnPanel(m, caller, processId)))
        throw this.access.notFound('process', processId, action);
      const rows = await m.query<
        { id: string; version: number; sha256: string; content: object }[]
      >(
        `SELECT DISTINCT ON (candidate_id) id, version, sha256, content
           FROM report_versions WHERE process_id = $1
          ORDER BY candidate_id, version DESC`,
        [processId],
      );
      const reports = rows
        .map(toPanelReport)
        .sort((a, b) => a.candidate.name.localeCompare(b.candidate.name));
      await this.audit.append(m, {
        action,
        subjectType: 'process',
        subjectId: processId,
        details: { reportIds: reports.map((r) => r.id) },
      });
      for (const r of reports) {
        await this.audit.append(m, {
          action: 'report.view',
          subjectType: 'report',
          subjectId: r.id,
          details: { processId, version: r.version, via: 'list' },
        });
      }
      return reports;
    });
  }

  /**
   * One report version for a panel member of its process (the latest only). `format` says how
   * it is delivered (the JSON read or the PDF); both are the same access check and the same
   * `report.view` event, the PDF's with `format: "pdf"`.
   */
  async get(
    caller: Caller,
    reportId: string,
    format: 'json' | 'pdf' = 'json',
  ): Promise<PanelReportDto> {
    const action = 'report.view';
    // One statement, the hottest audited read (npm run bench:api): the version, only if it is
    // its vetting's latest (superseded versions stay on record for auditors and exports, but the
    // panel reads only the latest) and the caller sits on its process's panel, with its
    // report.view event stored by the same statement.
    const [row] = await this.audit.readAudited<PanelReadRow>(
      {
        sql: `SELECT rv.id, rv.version, rv.sha256, rv.content, rv.process_id
                FROM report_versions rv
               WHERE rv.id = $1
                 AND rv.version = (SELECT max(l.version) FROM report_versions l
                                    WHERE l.vetting_id = rv.vetting_id)
                 AND EXISTS (SELECT 1 FROM panel_members pm
                              WHERE pm.process_id = rv.process_id AND pm.user_id = $2
                                AND pm.removed_at IS NULL)`,
        params: [reportId, caller.id],
      },
      {
        action,
        subjectType: 'report',
        subjectId: reportId,
        details: format === 'pdf' ? { format } : {},
        rowDetailsSql: `jsonb_build_object('processId', r.process_id, 'version', r.version)`,
      },
    );
    if (!row) throw this.access.notFound('report', reportId, action);
    return toPanelReport(row);
  }
}
