import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { PanelMember } from '../processes/panel-member.entity';
import { PanelReportDto, toPanelReport } from './panel-report.dto';
import { ReportVersion } from './report.entity';

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
    return this.dataSource.transaction(async (m) => {
      const row = await m.getRepository(ReportVersion).findOneBy({ id: reportId });
      // Superseded versions stay on record (auditors, exports) but the panel reads only the latest.
      const latest = row
        ? await m.getRepository(ReportVersion).findOne({
            where: { vettingId: row.vettingId },
            order: { version: 'DESC' },
            select: { id: true },
          })
        : null;
      if (!row || latest?.id !== row.id || !(await this.sitsOnPanel(m, caller, row.processId))) {
        throw this.access.notFound('report', reportId, action);
      }
      await this.audit.append(m, {
        action,
        subjectType: 'report',
        subjectId: reportId,
        details: {
          processId: row.processId,
          version: row.version,
          ...(format === 'pdf' ? { format } : {}),
        },
      });
      return toPanelReport(row);
    });
  }
}
