import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { refuse } from '../common/refusal.exception';
import { CreateLegalHoldDto, LegalHoldView } from './records.dto';
import { LegalHold } from './records.entity';
import { recordsNames, RecordsNames } from './records-names';
import { lockProcessRecords, RecordsScopeService } from './records-scope.service';

export function legalHoldView(h: LegalHold, names: RecordsNames): LegalHoldView {
  return {
    id: h.id,
    subjectType: h.subjectType,
    subjectId: h.subjectId,
    processId: h.processId,
    candidateId: h.candidateId,
    reason: h.reason,
    reference: h.reference,
    active: h.releasedAt === null,
    createdBy: h.createdBy,
    createdAt: h.createdAt,
    releasedAt: h.releasedAt,
    releasedBy: h.releasedBy,
    releaseReason: h.releaseReason,
    createdByName: names.user(h.createdBy),
    releasedByName: names.user(h.releasedBy),
    processTitle: names.process(h.processId),
    candidateName: names.candidate(h.candidateId),
  };
}

/** Views of the holds, with the names of who placed and released them and what they hold. */
export async function legalHoldViews(
  m: EntityManager,
  holds: LegalHold[],
): Promise<LegalHoldView[]> {
  const names = await recordsNames(m, {
    users: holds.flatMap((h) => [h.createdBy, h.releasedBy]),
    processes: holds.map((h) => h.processId),
    candidates: holds.map((h) => h.candidateId),
  });
  return holds.map((h) => legalHoldView(h, names));
}

/** Legal holds: while one is active, nothing under it is destroyed, whatever its age. */
@Injectable()
export class LegalHoldsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly scopes: RecordsScopeService,
  ) {}

  async create(caller: Caller, dto: CreateLegalHoldDto): Promise<LegalHoldView> {
    const action = 'legal-hold.create';
    return this.dataSource.transaction(async (m) => {
      const scope = await this.scopes.resolve(
        m,
        dto.subjectType === 'PROCESS'
          ? { processId: dto.subjectId }
          : { candidateId: dto.subjectId },
        action,
      );
      await lockProcessRecords(m, scope.processId);
      const hold = m.create(LegalHold, {
        subjectType: dto.subjectType,
        subjectId: dto.subjectId,
        processId: scope.processId,
        candidateId: scope.candidateId,
        reason: dto.reason,
        reference: dto.reference,
        createdBy: caller.id,
      });
      await m.insert(LegalHold, hold);
      await this.audit.append(m, {
        action,
        subjectType: 'legal_hold',
        subjectId: hold.id,
        details: {
          holdSubjectType: dto.subjectType,
          holdSubjectId: dto.subjectId,
          processId: scope.processId,
          candidateId: scope.candidateId,
          reference: dto.reference,
          reason: dto.reason,
        },
      });
      const [view] = await legalHoldViews(m, [
        await m.getRepository(LegalHold).findOneByOrFail({ id: hold.id }),
      ]);
      return view;
    });
  }

  async release(caller: Caller, id: string, reason: string): Promise<LegalHoldView> {
    const action = 'legal-hold.release';
    return this.dataSource.transaction(async (m) => {
      const hold = await m
        .getRepository(LegalHold)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!hold) throw this.access.notFound('legal hold', id, action);
      if (hold.releasedAt) {
        throw refuse.conflict(
          `This legal hold was already released on ${hold.releasedAt.toISOString()}`,
          {
            action,
            subjectType: 'legal_hold',
            subjectId: id,
            details: { rule: 'already-released' },
          },
        );
      }
      await lockProcessRecords(m, hold.processId);
      await m.update(
        LegalHold,
        { id },
        { releasedAt: new Date(), releasedBy: caller.id, releaseReason: reason },
      );
      await this.audit.append(m, {
        action,
        subjectType: 'legal_hold',
        subjectId: id,
        details: {
          processId: hold.processId,
          candidateId: hold.candidateId,
          reference: hold.reference,
          releaseReason: reason,
        },
      });
      const [view] = await legalHoldViews(m, [
        await m.getRepository(LegalHold).findOneByOrFail({ id }),
      ]);
      return view;
    });
  }

  async list(): Promise<LegalHoldView[]> {
    const holds = await this.dataSource
      .getRepository(LegalHold)
      .find({ order: { createdAt: 'DESC' } });
    return legalHoldViews(this.dataSource.manager, holds);
  }
}
