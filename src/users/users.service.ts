import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { refuse } from '../common/refusal.exception';
import { Caller } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { CreateUserDto, UpdateUserDto } from './users.dto';
import { User } from './user.entity';
import { hashPassword } from './password';
import { lockCallerAndUser } from './user-lock';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  findByEmail(
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<User | null> {
    return manager
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  async get(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw new NotFoundException('User not found');
    return user;
  }

  list(): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ order: { createdAt: 'ASC' } });
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(User).count();
  }

  async create(dto: CreateUserDto): Promise<User> {
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      if (await this.findByEmail(dto.email, manager)) {
        throw refuse.conflict(`A user with the email ${dto.email} already exists`, {
          action: 'user.create',
          subjectType: 'user',
          details: { email: dto.email },
        });
      }
      const user = manager.create(User, {
        email: dto.email,
        name: dto.name,
        passwordHash,
        roles: dto.roles,
      });
      await manager.insert(User, user);
      await this.audit.append(manager, {
        action: 'user.create',
        subjectType: 'user',
        subjectId: user.id,
        details: { email: user.email, roles: user.roles },
      });
      return manager.getRepository(User).findOneByOrFail({ id: user.id });
    });
  }

  /**
   * Changes a user's name, roles or active flag. Nobody changes their own roles or active flag,
   * the last active administrator keeps ADMIN and stays active, and nobody on a hiring panel
   * gains a role that reads unfiltered records (policy IV.B.6b). The user row is locked
   * (`change`), so seats and assignments deciding on the same user wait for this, and it for them;
   * the caller's row is locked too (`decide`), and their ADMIN role and active flag re-checked.
   */
  async update(caller: Caller, id: string, dto: UpdateUserDto): Promise<User> {
    const action = 'user.update';
    const subject = { action, subjectType: 'user', subjectId: id };
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockCallerAndUser(manager, caller.id, id);
      // The guard read the caller's roles before this transaction; a demotion or deactivation
      // that committed since must count, so they are checked again under the row lock.
      if (!locked.caller?.active || !locked.caller.roles.includes(Role.ADMIN)) {
        throw refuse.forbidden(
          'Your account no longer holds ADMIN or was deactivated since this request was signed in',
          { ...subject, details: { rule: 'stale-caller' } },
        );
      }
      const user = locked.user;
      if (!user) throw new NotFoundException('User not found');
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (dto.name !== undefined && dto.name !== user.name)
        changes.name = { from: user.name, to: dto.name };
      const rolesChanged =
        dto.roles !== undefined && [...dto.roles].sort().join() !== [...user.roles].sort().join();
      if (rolesChanged) changes.roles = { from: user.roles, to: dto.roles };
      const deactivated = dto.active === false && user.active;
      if (dto.active !== undefined && dto.active !== user.active)
        changes.active = { from: user.active, to: dto.active };
      if (Object.keys(changes).length === 0) return user;
      if (caller.id === id && (changes.roles || changes.active)) {
        throw refuse.forbidden(
          'Separation of duties: nobody changes their own roles or active flag; another administrator must do it',
          { ...subject, details: { rule: 'own-account', changes: Object.keys(changes) } },
        );
      }
      const losesAdmin =
        user.active &&
        user.roles.includes(Role.ADMIN) &&
        (deactivated || (dto.roles !== undefined && !dto.roles.includes(Role.ADMIN)));
      if (losesAdmin) await this.assertNotLastAdmin(manager, id, subject);
      const overseer = (dto.roles ?? []).filter(
        (r) => (r === Role.AUDITOR || r === Role.RECORDS_CUSTODIAN) && !user.roles.includes(r),
      );
      if (overseer.length) {
        // A past seat counts: whoever has read a panel's reports stays a decision maker of that
        // process, and an overseer role reads (or exports) its unfiltered records. Seats are added
        // under this user's row lock ('decide'), so none can appear between this check and commit.
        const [{ current, past }] = await manager.query<{ current: number; past: number }[]>(
          `SELECT count(*) FILTER (WHERE removed_at IS NULL)::int AS current,
                  count(*) FILTER (WHERE removed_at IS NOT NULL)::int AS past
             FROM panel_members WHERE user_id = $1`,
          [id],
        );
        if (current + past > 0) {
          throw refuse.conflict(
            `Separation of duties: this user ${current > 0 ? 'sits' : 'sat'} on a hiring panel, so they may not also hold ${overseer.join(' or ')}, which reads unfiltered records (policy IV.B.6b)`,
            {
              ...subject,
              details: {
                rule: 'separation-of-duties',
                roles: overseer,
                seat: current > 0 ? 'current' : 'past',
              },
            },
          );
        }
      }

      await manager.update(
        User,
        { id },
        {
          name: dto.name ?? user.name,
          roles: dto.roles ?? user.roles,
          active: dto.active ?? user.active,
          // Tokens issued before a deactivation or a role change must stop working.
          tokenVersion: rolesChanged || deactivated ? user.tokenVersion + 1 : user.tokenVersion,
        },
      );
      await this.audit.append(manager, { ...subject, details: { changes } });
      return manager.getRepository(User).findOneByOrFail({ id });
    });
  }

  /**
   * Refuses to take away the last active ADMIN. Every change that removes an active admin takes
   * the same advisory lock before counting, so two admins demoting each other at once are
   * serialised and the second sees the first's change.
   */
  private async assertNotLastAdmin(
    manager: EntityManager,
    id: string,
    subject: { action: string; subjectType: string; subjectId: string },
  ): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('users:active-admins', 0))`);
    const [{ others }] = await manager.query<{ others: number }[]>(
      `SELECT count(*)::int AS others FROM users WHERE active AND 'ADMIN' = ANY(roles) AND id <> $1`,
      [id],
    );
    if (others === 0) {
      throw refuse.conflict(
        'This is the last active administrator: they cannot be deactivated or lose ADMIN until another administrator is active',
        { ...subject, details: { rule: 'last-admin' } },
      );
    }
  }
}
