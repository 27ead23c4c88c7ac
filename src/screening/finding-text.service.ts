import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { refuse } from '../common/refusal.exception';
import { Finding } from '../findings/finding.entity';
import { FindingsService } from '../findings/findings.service';
import { VettingsService } from '../vettings/vettings.service';
import { CandidateResponse } from './screening.entity';
import { CandidateResponseDto, UpdateFindingTextDto } from './screening.dto';
import { ScreeningService } from './screening.service';

/**
 * Changes to a finding's panel-visible text. Each bumps the text version, so the screening
 * and the filter review start over, and writes the new scan request in the same transaction.
 */
@Injectable()
export class FindingTextService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly findings: FindingsService,
    private readonly vettings: VettingsService,
    private readonly screening: ScreeningService,
  ) {}

  /** The assigned searcher corrects summary, excerpt or mitigation before submission. */
  async update(caller: Caller, findingId: string, dto: UpdateFindingTextDto) {
    const action = 'finding.text.update';
    return this.dataSource.transaction(async (m) => {
      const { vetting } = await this.findings.vettingOf(m, findingId, action);
      await this.vettings.beginSearcherWork(m, caller, vetting.id, action);
      // The finding row before anything that appends to the audit chain (the lock order in
      // src/users/user-lock.ts): the scan job holds this row, then appends, so taking the chain
      // first would deadlock with it. It also keeps two edits from both writing version N + 1.
      const finding = await m
        .getRepository(Finding)
        .findOneOrFail({ where: { id: findingId }, lock: { mode: 'pessimistic_write' } });
      if (finding.purgedAt)
        throw refuse.conflict('This finding was purged under the retention schedule', {
          action,
          subjectType: 'finding',
          subjectId: findingId,
        });
      const changed = (['summary', 'excerpt', 'mitigation'] as const).filter(
        (f) => dto[f] !== undefined && dto[f] !== finding[f],
      );
      if (!changed.length) return this.findings.rawView(m, finding, action);
      const textVersion = finding.textVersion + 1;
      await this.findings.voidValidations(m, finding, changed, action);
      await m.update(
        Finding,
        { id: findingId },
        {
          ...(dto.summary !== undefined ? { summary: dto.summary } : {}),
          ...(dto.excerpt !== undefined ? { excerpt: dto.excerpt } : {}),
          ...(dto.mitigation !== undefined ? { mitigation: dto.mitigation || null } : {}),
          textVersion,
        },
      );
      await this.screening.enqueue(m, findingId, textVersion);
      await this.audit.append(m, {
        action,
        subjectType: 'finding',
        subjectId: findingId,
        details: { fields: changed, textVersion },
      });
      return this.findings.rawView(
        m,
        await m.getRepository(Finding).findOneByOrFail({ id: findingId }),
        action,
      );
    });
  }

  /** ADMIN records the candidate's response to a finding (the FCRA pre-adverse-action idea). */
  async respond(caller: Caller, findingId: string, dto: CandidateResponseDto) {
    const action = 'finding.candidate_response';
    const subject = { action, subjectType: 'finding', subjectId: findingId };
    if (new Date(dto.receivedAt) > new Date(Date.now() + 60_000))
      throw refuse.unprocessable('receivedAt cannot be in the future', subject);
    return this.dataSource.transaction(async (m) => {
      // Seat bar (policy IV.B.6b); it also takes the process, finding and duties locks.
      const found = await this.access.findingOutsidePanel(m, caller, findingId, action);
      await this.access.lockOpenProcess(m, found.processId, action);
      const finding = await m
        .getRepository(Finding)
        .findOneOrFail({ where: { id: findingId }, lock: { mode: 'pessimistic_write' } });
      const response = m.create(CandidateResponse, {
        findingId,
        receivedAt: new Date(dto.receivedAt),
        text: dto.text,
        recordedBy: caller.id,
      });
      await m.insert(CandidateResponse, response);
      const textVersion = finding.textVersion + 1;
      await m.update(Finding, { id: findingId }, { textVersion });
      await this.screening.enqueue(m, findingId, textVersion);
      await this.audit.append(m, {
        ...subject,
        details: { responseId: response.id, receivedAt: dto.receivedAt, textVersion },
      });
      return {
        id: response.id,
        findingId,
        receivedAt: response.receivedAt,
        textVersion,
        screening: 'PENDING' as const,
      };
    });
  }
}
