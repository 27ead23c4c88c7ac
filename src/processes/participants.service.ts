import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { refuse } from '../common/refusal.exception';
import { User } from '../users/user.entity';
import { lockUser } from '../users/user-lock';
import { Candidate } from './candidate.entity';
import { PanelMember } from './panel-member.entity';
import { HiringProcess } from './process.entity';
import { CandidateView, CreateCandidateDto, NewVettingView } from './processes.dto';
import { ProcessesService } from './processes.service';
import { Vetting } from '../vettings/vetting.entity';

export const CONSENT_IN_FUTURE = 'consentRecordedAt cannot be in the future';

/** A seat on the panel, or a place in the searcher pool, of a process. */
export class ParticipantView {
  @ApiProperty({ type: String, format: 'uuid' })
  processId!: string;
  @ApiProperty({ type: String, format: 'uuid' })
  userId!: string;
  @ApiProperty({ enum: ['PANEL', 'SEARCHER'] })
  role!: 'PANEL' | 'SEARCHER';
  @ApiProperty({ type: Date })
  since!: Date;
}

export function candidateView(c: Candidate): CandidateView {
  return {
    id: c.id,
    fullName: c.fullName,
    aliases: c.aliases,
    dateOfBirth: c.dateOfBirth,
    city: c.city,
    state: c.state,
    email: c.email,
    providedHandles: c.providedHandles,
    consentRecordedAt: c.consentRecordedAt,
    confidentialityRequested: c.confidentialityRequested,
    finalCandidate: c.finalCandidate,
  };
}

/** Who takes part in a process: candidates, the hiring panel and the searcher pool. */
@Injectable()
export class ParticipantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly processes: ProcessesService,
  ) {}

  async addCandidate(processId: string, dto: CreateCandidateDto): Promise<NewVettingView> {
    const action = 'candidate.create';
    if (new Date(dto.consentRecordedAt) > new Date()) {
      throw refuse.unprocessable(CONSENT_IN_FUTURE, {
        action,
        subjectType: 'process',
        subjectId: processId,
      });
    }
    return this.dataSource.transaction(async (m) => {
      const p = await this.processes.lockProcess(m, processId, action);
      this.access.assertOpen(p, action);
      return this.insertCandidate(m, p, dto);
    });
  }

  /**
   * Inserts a validated candidate and their vetting in the caller's transaction, which holds
   * the process row locked and has checked that it is open.
   */
  async insertCandidate(
    m: EntityManager,
    p: HiringProcess,
    dto: CreateCandidateDto,
    details: Record<string, unknown> = {},
  ): Promise<NewVettingView> {
    const processId = p.id;
    const candidate = m.create(Candidate, {
      processId,
      fullName: dto.fullName,
      aliases: dto.aliases ?? [],
      dateOfBirth: dto.dateOfBirth ?? null,
      city: dto.city ?? null,
      state: dto.state ?? null,
      email: dto.email ?? null,
      providedHandles: dto.providedHandles ?? [],
      consentRecordedAt: new Date(dto.consentRecordedAt),
    });
    await m.insert(Candidate, candidate);
    // Policy IV.B.5: every candidate in the process gets a vetting, on the process's checklist.
    const vetting = m.create(Vetting, {
      processId,
      candidateId: candidate.id,
      checklistVersionId: p.currentChecklistVersionId,
    });
    await m.insert(Vetting, vetting);
    await this.audit.append(m, {
      action: 'candidate.create',
      subjectType: 'candidate',
      subjectId: candidate.id,
      details: {
        processId,
        vettingId: vetting.id,
        consentRecordedAt: dto.consentRecordedAt,
        ...details,
      },
    });
    const versions = await this.processes.checklistVersionNumbers(
      m,
      p.currentChecklistVersionId ? [p.currentChecklistVersionId] : [],
    );
    return {
      id: vetting.id,
      candidate: candidateView(
        await m.getRepository(Candidate).findOneByOrFail({ id: candidate.id }),
      ),
      status: 'NOT_ASSIGNED',
      checklistVersion: p.currentChecklistVersionId
        ? (versions.get(p.currentChecklistVersionId) ?? null)
        : null,
    };
  }

  /**
   * Adds a decision maker. Refused for anyone who did searcher work in the process (IV.B.6a),
   * for an AUDITOR or RECORDS_CUSTODIAN (IV.B.6b), and for the caller's own seat.
   */
  async addPanelMember(
    caller: Caller,
    processId: string,
    userId: string,
  ): Promise<ParticipantView> {
    const action = 'panel.add';
    this.access.assertNotOwnSeat(caller, processId, userId, action);
    return this.dataSource.transaction(async (m) => {
      // Lock order: the user row first (a racing role change waits, or is seen), then the process.
      const locked = await lockUser(m, userId, 'decide');
      const p = await this.openProcess(m, processId, action);
      const user = this.requireUser(locked, userId, Role.PANEL, action);
      const overseer = user.roles.filter((r) => r === Role.AUDITOR || r === Role.RECORDS_CUSTODIAN);
      if (overseer.length) {
        throw refuse.conflict(
          `Separation of duties: a ${overseer.join(' or ')} reads unfiltered records of every process, so they may not sit on a hiring panel (policy IV.B.6b)`,
          {
            action,
            subjectType: 'process',
            subjectId: processId,
            details: { rule: 'separation-of-duties', userId },
          },
        );
      }
      await this.access.assertMayJoinPanel(m, p.id, user.id);
      const existing = await m
        .getRepository(PanelMember)
        .findOne({ where: { processId, userId, removedAt: IsNull() } });
      if (existing) return { processId, userId, role: 'PANEL', since: existing.addedAt };
      const member = m.create(PanelMember, { processId, userId, addedBy: caller.id });
      await m.insert(PanelMember, member);
      await this.audit.append(m, {
        action,
        subjectType: 'process',
        subjectId: processId,
        details: { userId },
      });
      return { processId, userId, role: 'PANEL', since: member.addedAt ?? new Date() };
    });
  }

  /** Ends a seat. The row stays (a past seat still bars searcher work and vetting views). */
  async removePanelMember(caller: Caller, processId: string, userId: string): Promise<void> {
    const action = 'panel.remove';
    this.access.assertNotOwnSeat(caller, processId, userId, action);
    await this.dataSource.transaction(async (m) => {
      await this.openProcess(m, processId, action);
      const member = await m
        .getRepository(PanelMember)
        .findOne({ where: { processId, userId, removedAt: IsNull() } });
      if (!member) throw this.access.notFound('panel member', userId, action);
      await m.update(
        PanelMember,
        { id: member.id },
        { removedAt: new Date(), removedBy: caller.id },
      );
      await this.audit.append(m, {
        action,
        subjectType: 'process',
        subjectId: processId,
        details: { userId },
      });
    });
  }

  /** Adds a designated searcher to the process's pool (validators, filter reviewers). */
  async addSearcher(processId: string, userId: string): Promise<ParticipantView> {
    const action = 'process.searcher.add';
    return this.dataSource.transaction(async (m) => {
      // Lock order: user row, designation (both in requireActiveDesignation), then the process.
      const user = this.requireUser(
        await lockUser(m, userId, 'decide'),
        userId,
        Role.SEARCHER,
        action,
      );
      await this.access.requireActiveDesignation(m, user.id, action);
      await this.openProcess(m, processId, action);
      await this.access.recordSearcherWork(m, processId, user.id, 'POOL', action);
      await this.audit.append(m, {
        action,
        subjectType: 'process',
        subjectId: processId,
        details: { userId },
      });
      return { processId, userId, role: 'SEARCHER', since: new Date() };
    });
  }

  private async openProcess(
    m: EntityManager,
    processId: string,
    action: string,
  ): Promise<HiringProcess> {
    return this.access.lockOpenProcess(m, processId, action);
  }

  /** The user, as read under the user row lock: active and holding `role`, else refused. */
  private requireUser(user: User | null, userId: string, role: Role, action: string): User {
    if (!user) throw this.access.notFound('user', userId, action);
    if (!user.active)
      throw refuse.conflict('This user is deactivated', {
        action,
        subjectType: 'user',
        subjectId: userId,
      });
    if (!user.roles.includes(role)) {
      throw refuse.conflict(`This user does not hold the ${role} role`, {
        action,
        subjectType: 'user',
        subjectId: userId,
      });
    }
    return user;
  }
}
