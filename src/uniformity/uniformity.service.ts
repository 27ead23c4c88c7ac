import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { toCsv } from '../common/csv';
import { computeUniformity, CSV_COLUMNS, csvRecord } from './uniformity.calculator';
import { DEVIATION_CSV_COLUMNS, deviationCsvRecord } from './uniformity.csv';
import { UniformityFormat, UniformityReport, UniformityTable } from './uniformity.dto';
import { UniformityRepository } from './uniformity.repository';

/** The auditor's uniformity report (policy IV.B.9): gather in one snapshot, compute, record the read. */
@Injectable()
export class UniformityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: UniformityRepository,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  async report(
    processId: string,
    format: UniformityFormat = 'json',
    table?: UniformityTable,
  ): Promise<UniformityReport> {
    const action = 'uniformity.read';
    const input = await this.dataSource.transaction('REPEATABLE READ', async (m) => {
      await m.query('SET TRANSACTION READ ONLY');
      const process = await this.repository.process(m, processId);
      if (!process) throw this.access.notFound('process', processId, action);
      return this.repository.gather(m, process);
    });
    const report = computeUniformity(input);
    // The report quotes kept protected-class text (raw content): every read is on the record.
    await this.audit.record({
      action,
      subjectType: 'process',
      subjectId: processId,
      details: {
        format,
        ...(format === 'csv' ? { table: table ?? 'candidates' } : {}),
        candidates: report.candidates.length,
        deviations: report.deviations.length,
        separationOfDutiesBreaches: report.separationOfDuties.length,
        keepDecisions: report.keepDecisions.length,
        selfReviewedFindings: report.filterReviewIndependence.selfReviewedFindings,
      },
    });
    return report;
  }

  /** The candidate rows as CSV: a header row, then one row per candidate. */
  toCsv(report: UniformityReport, table: UniformityTable = 'candidates'): string {
    if (table === 'deviations') {
      const names = new Map(report.candidates.map((c) => [c.candidateId, c.candidateName]));
      return toCsv(
        report.deviations.map((d) => deviationCsvRecord(d, names)),
        DEVIATION_CSV_COLUMNS,
      );
    }
    return toCsv(report.candidates.map(csvRecord), CSV_COLUMNS);
  }
}
