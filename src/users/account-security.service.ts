import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import {
  LockedAccountView,
  TemporaryPasswordView,
  UnlockedAccountView,
} from './account-security.dto';
import { hashPassword } from './password';
import { User } from './user.entity';

/** The administrator's side of sign-in security: locked accounts and temporary passwords. */
@Injectable()
export class AccountSecurityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async listLocked(): Promise<LockedAccountView[]> {
    const rows = await this.dataSource.query<
      { id: string; email: string; name: string; locked_until: Date; failed_login_count: number }[]
    >(
      `SELECT id, email, name, locked_until, failed_login_count
         FROM users WHERE locked_until > now() ORDER BY locked_until, email`,
    );
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      name: r.name,
      lockedUntil: r.locked_until,
      failedLoginCount: r.failed_login_count,
    }));
  }

  /** Lifts a lockout and clears the failure count; audited whether or not it was locked. */
  async unlock(id: string): Promise<UnlockedAccountView> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(User)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException('User not found');
      const wasLocked = user.lockedUntil !== null && user.lockedUntil > new Date();
      await manager.update(User, { id }, { failedLoginCount: 0, lockedUntil: null });
      await this.audit.append(manager, {
        action: 'user.unlock',
        subjectType: 'user',
        subjectId: id,
        details: {
          email: user.email,
          wasLocked,
          failedLoginCount: user.failedLoginCount,
          lockedUntil: user.lockedUntil,
        },
      });
      return { id, email: user.email, wasLocked };
    });
  }

  /**
   * Sets a temporary password the owner must replace at the next sign-in. Existing tokens stop
   * working and any lockout is lifted, since the old credential no longer exists.
   */
  async setTemporaryPassword(id: string, password: string): Promise<TemporaryPasswordView> {
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(User)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException('User not found');
      await manager.update(
        User,
        { id },
        {
          passwordHash,
          mustChangePassword: true,
          tokenVersion: user.tokenVersion + 1,
          failedLoginCount: 0,
          lockedUntil: null,
        },
      );
      await this.audit.append(manager, {
        action: 'user.temporary_password',
        subjectType: 'user',
        subjectId: id,
        details: { email: user.email, tokensRevoked: true },
      });
      return { id, email: user.email, mustChangePassword: true };
    });
  }
}
