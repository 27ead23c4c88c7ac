import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { hashPassword, verifyPassword } from '../users/password';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { LoginDto, LoginResponse } from './auth.dto';
import { TokenPayload } from './auth.guard';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 10;
const INVALID = 'Invalid email or password';

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly dummyHash = hashPassword('not-a-real-password-at-all');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async login(dto: LoginDto): Promise<LoginResponse> {
    const user = await this.verifyCredentials(dto, 'token');
    const payload: TokenPayload = { sub: user.id, tv: user.tokenVersion };
    return {
      accessToken: await this.jwt.signAsync(payload),
      expiresIn: this.config.JWT_TTL_SECONDS,
      user: { id: user.id, email: user.email, name: user.name, roles: user.roles },
    };
  }

  /**
   * Checks email and password (lockout, deactivation) and records the sign-in; the caller then
   * issues a bearer token or opens a browser session.
   */
  async verifyCredentials(dto: LoginDto, via: 'token' | 'session'): Promise<User> {
    const user = await this.users.findByEmail(dto.email);
    if (!user) {
      await verifyPassword(await this.dummyHash, dto.password);
      await this.recordAttempt(null, 'FAILED', { email: dto.email, reason: 'unknown email' });
      throw new UnauthorizedException(INVALID);
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      await this.recordAttempt(user.id, 'DENIED', { email: user.email, reason: 'account locked' });
      throw this.locked(user.lockedUntil);
    }
    if (!(await verifyPassword(user.passwordHash, dto.password))) {
      await this.registerFailure(user);
    }
    if (!user.active) {
      await this.recordAttempt(user.id, 'DENIED', {
        email: user.email,
        reason: 'account deactivated',
      });
      throw new UnauthorizedException('This account is deactivated');
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { failedLoginCount: 0, lockedUntil: null });
      await this.audit.append(manager, {
        action: 'auth.login',
        subjectType: 'user',
        subjectId: user.id,
        actorId: user.id,
        actorRoles: user.roles,
        details: { email: user.email, via },
      });
    });
    return user;
  }

  /** Counts the failure atomically (concurrent attempts cannot undercount) and locks at the limit. */
  private async registerFailure(user: User): Promise<never> {
    const lockedUntil = await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query<
        [{ failed_login_count: number; locked_until: Date | null }[], number]
      >(
        `UPDATE users
            SET failed_login_count = failed_login_count + 1,
                locked_until = CASE WHEN failed_login_count + 1 >= $2
                                    THEN now() + make_interval(mins => $3) ELSE locked_until END
          WHERE id = $1
      RETURNING failed_login_count, locked_until`,
        [user.id, MAX_FAILED_LOGINS, LOCKOUT_MINUTES],
      );
      const row = rows[0];
      const lockedNow = row.failed_login_count >= MAX_FAILED_LOGINS && row.locked_until !== null;
      await this.audit.append(manager, {
        action: lockedNow ? 'auth.lockout' : 'auth.login',
        subjectType: 'user',
        subjectId: user.id,
        actorId: null,
        outcome: lockedNow ? 'DENIED' : 'FAILED',
        details: {
          email: user.email,
          reason: 'wrong password',
          consecutiveFailures: row.failed_login_count,
        },
      });
      return lockedNow ? row.locked_until : null;
    });
    if (lockedUntil) throw this.locked(lockedUntil);
    throw new UnauthorizedException(INVALID);
  }

  private locked(until: Date): HttpException {
    return new HttpException(
      {
        statusCode: HttpStatus.LOCKED,
        error: 'Locked',
        message: `Account locked after ${MAX_FAILED_LOGINS} failed sign-ins; try again after ${until.toISOString()} (${LOCKOUT_MINUTES} minutes)`,
      },
      HttpStatus.LOCKED,
    );
  }

  private async recordAttempt(
    userId: string | null,
    outcome: 'FAILED' | 'DENIED',
    details: Record<string, unknown>,
  ) {
    await this.audit.record({
      action: 'auth.login',
      subjectType: 'user',
      subjectId: userId,
      actorId: null,
      outcome,
      details,
    });
  }
}
