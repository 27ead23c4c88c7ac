import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { Candidate } from '../processes/candidate.entity';
import { candidateView } from '../processes/participants.service';
import { CandidateView, ProcessView } from '../processes/processes.dto';
import { ProcessesService } from '../processes/processes.service';
import { HiringProcess } from '../processes/process.entity';
import type { RecordsCandidateView } from './records-candidates.controller';
import { UpdateCandidateRecordsDto } from './records.dto';

/** Closing a hiring process, and the candidate flags that govern public release. */
@Injectable()
export class ProcessRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly processes: ProcessesService,
  ) {}

  /**
   * Closes the process: every mutating service refuses work on it from now on (409), and the
   * retention clock for its raw records starts at `closed_at`. Closing twice is refused.
   */
  async close(caller: Caller, processId: string, reason: string): Promise<ProcessView> {
    const action = 'process.close';
    await this.dataSource.transaction(async (m) => {
      const p = await this.processes.lockProcess(m, processId, action);
      this.access.assertOpen(p, action);
      await m.query(
        `UPDATE hiring_processes SET status = 'CLOSED', closed_at = now() WHERE id = $1`,
        [processId],
      );
      const [{ closed_at: closedAt }] = await m.query<{ closed_at: Date }[]>(
        `SELECT closed_at FROM hiring_processes WHERE id = $1`,
        [processId],
      );
      const [{ vettings, unfinished }] = await m.query<{ vettings: number; unfinished: number }[]>(
        `SELECT count(*)::int AS vettings, count(*) FILTER (WHERE status NOT IN ('SUBMITTED','RELEASED'))::int AS unfinished
           FROM vettings WHERE process_id = $1`,
        [processId],
      );
      await this.audit.append(m, {
        action,
        subjectType: 'process',
        subjectId: processId,
        details: {
          from: 'OPEN',
          to: 'CLOSED',
          closedAt: new Date(closedAt).toISOString(),
          reason,
          vettings,
          unfinishedVettings: unfinished,
        },
      });
    });
    return this.processes.get(caller, processId);
  }

  /** Sets the 19.36(7) confidentiality and final-candidate flags; audited with from/to. */
  async updateCandidate(
    candidateId: string,
    dto: UpdateCandidateRecordsDto,
  ): Promise<CandidateView> {
    const action = 'candidate.records.update';
    if (dto.confidentialityRequested === undefined && dto.finalCandidate === undefined) {
      throw new BadRequestException('Send confidentialityRequested and/or finalCandidate');
    }
    return this.dataSource.transaction(async (m) => {
      const c = await m
        .getRepository(Candidate)
        .findOne({ where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw this.access.notFound('candidate', candidateId, action);
      const changes: Partial<Pick<Candidate, 'confidentialityRequested' | 'finalCandidate'>> = {};
      const diff: Record<string, { from: boolean; to: boolean }> = {};
      if (
        dto.confidentialityRequested !== undefined &&
        dto.confidentialityRequested !== c.confidentialityRequested
      ) {
        changes.confidentialityRequested = dto.confidentialityRequested;
        diff.confidentialityRequested = {
          from: c.confidentialityRequested,
          to: dto.confidentialityRequested,
        };
      }
      if (dto.finalCandidate !== undefined && dto.finalCandidate !== c.finalCandidate) {
        changes.finalCandidate = dto.finalCandidate;
        diff.finalCandidate = { from: c.finalCandidate, to: dto.finalCandidate };
      }
      if (Object.keys(changes).length > 0) {
        await m.update(Candidate, { id: candidateId }, changes);
        await this.audit.append(m, {
          action,
          subjectType: 'candidate',
          subjectId: candidateId,
          details: { processId: c.processId, ...diff },
        });
      }
      return candidateView(await m.getRepository(Candidate).findOneByOrFail({ id: candidateId }));
    });
  }

  /** The candidates of a process by name, for scoping a hold, a request or an export. */
  async candidatesOf(processId: string): Promise<RecordsCandidateView[]> {
    const m = this.dataSource.manager;
    if (!(await m.getRepository(HiringProcess).existsBy({ id: processId })))
      throw this.access.notFound('process', processId, 'records.candidates');
    const rows = await m
      .getRepository(Candidate)
      .find({ where: { processId }, order: { fullName: 'ASC' } });
    return rows.map((c) => ({
      id: c.id,
      fullName: c.fullName,
      confidentialityRequested: c.confidentialityRequested,
      finalCandidate: c.finalCandidate,
    }));
  }
}
