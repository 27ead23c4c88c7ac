import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { refuse } from '../common/refusal.exception';
import { lockUser } from '../users/user-lock';
import { Designation } from './designation.entity';
import { DesignateDto, DesignationView, RevokeDesignationDto } from './designations.dto';

export function designationView(d: Designation): DesignationView {
  const today = new Date().toISOString().slice(0, 10);
  return {
    id: d.id,
    userId: d.userId,
    designatedBy: d.designatedBy,
    designatedAt: d.designatedAt,
    acknowledgedAt: d.acknowledgedAt,
    trainingCompletedOn: d.trainingCompletedOn,
    expiresOn: d.expiresOn,
    revokedAt: d.revokedAt,
    revokedBy: d.revokedBy,
    revokeReason: d.revokeReason,
    active: !d.revokedAt && d.expiresOn >= today && d.acknowledgedAt <= new Date(),
  };
}

/**
 * Nobody designates themselves or revokes their own designation (policy IV.B.7): the designation
 * records who vouched for the person, so it must be someone else.
 */
function assertNotOwnDesignation(
  caller: Caller,
  userId: string,
  subject: { action: string; subjectType: string; subjectId: string },
): void {
  if (caller.id !== userId) return;
  throw refuse.forbidden(
    'Separation of duties: nobody designates themselves as a searcher or revokes their own designation; another administrator must do it (policy IV.B.7)',
    { ...subject, details: { rule: 'own-designation' } },
  );
}

@Injectable()
export class DesignationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Designates (or renews) a searcher. A current designation is superseded, never edited. */
  async designate(caller: Caller, userId: string, dto: DesignateDto): Promise<DesignationView> {
    const today = new Date().toISOString().slice(0, 10);
    const subject = { action: 'designation.grant', subjectType: 'user', subjectId: userId };
    assertNotOwnDesignation(caller, userId, subject);
    if (dto.expiresOn <= today)
      throw refuse.unprocessable('expiresOn must be after today', subject);
    if (dto.trainingCompletedOn > today)
      throw refuse.unprocessable('trainingCompletedOn cannot be in the future', subject);
    if (new Date(dto.acknowledgedAt) > new Date())
      throw refuse.unprocessable('acknowledgedAt cannot be in the future', subject);

    return this.dataSource.transaction(async (m) => {
      // A grant changes the user's standing as a searcher: it waits for, and blocks, work deciding
      // on it, and orders against role changes (the user row lock, src/users/user-lock.ts).
      const user = await lockUser(m, userId, 'change');
      if (!user) throw refuse.notFound('User not found', subject);
      if (!user.roles.includes(Role.SEARCHER)) {
        throw refuse.conflict(
          'Only a user holding the SEARCHER role can be designated as a searcher',
          subject,
        );
      }
      if (!user.active) throw refuse.conflict('A deactivated user cannot be designated', subject);
      const current = await m
        .getRepository(Designation)
        .findOne({ where: { userId, revokedAt: IsNull() } });
      if (current) {
        await m.update(
          Designation,
          { id: current.id },
          {
            revokedAt: new Date(),
            revokedBy: caller.id,
            revokeReason: 'superseded by a new designation',
          },
        );
      }
      const d = m.create(Designation, {
        userId,
        designatedBy: caller.id,
        acknowledgedAt: new Date(dto.acknowledgedAt),
        trainingCompletedOn: dto.trainingCompletedOn,
        expiresOn: dto.expiresOn,
      });
      await m.insert(Designation, d);
      await this.audit.append(m, {
        ...subject,
        details: {
          designationId: d.id,
          acknowledgedAt: dto.acknowledgedAt,
          trainingCompletedOn: dto.trainingCompletedOn,
          expiresOn: dto.expiresOn,
          superseded: current?.id ?? null,
        },
      });
      return designationView(await m.getRepository(Designation).findOneByOrFail({ id: d.id }));
    });
  }

  /** Revokes the current designation: from this moment the person's searcher work is refused. */
  async revoke(
    caller: Caller,
    userId: string,
    dto: RevokeDesignationDto,
  ): Promise<DesignationView> {
    const subject = { action: 'designation.revoke', subjectType: 'user', subjectId: userId };
    assertNotOwnDesignation(caller, userId, subject);
    return this.dataSource.transaction(async (m) => {
      const current = await m.getRepository(Designation).findOne({
        where: { userId, revokedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current)
        throw refuse.notFound('This user has no current designation to revoke', subject);
      await m.update(
        Designation,
        { id: current.id },
        { revokedAt: new Date(), revokedBy: caller.id, revokeReason: dto.reason },
      );
      await this.audit.append(m, {
        ...subject,
        details: { designationId: current.id, reason: dto.reason },
      });
      return designationView(
        await m.getRepository(Designation).findOneByOrFail({ id: current.id }),
      );
    });
  }

  async current(userId: string): Promise<DesignationView | null> {
    const d = await this.dataSource
      .getRepository(Designation)
      .findOne({ where: { userId }, order: { designatedAt: 'DESC' } });
    return d ? designationView(d) : null;
  }
}
