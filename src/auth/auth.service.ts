import { BadRequestException, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { refuse } from '../common/refusal.exception';
import { AppConfig } from '../config/app-config';
import { hashPassword, verifyPassword } from '../users/password';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { ChangePasswordDto, LoginDto, LoginResponse, PasswordChangeResponse } from './auth.dto';
import { TokenPayload } from './authenticator.service';
import { Caller } from './current-user.decorator';
import { mfaEnrolmentRequired } from './mfa/mfa-policy';
import { MfaService, SecondFactorResult } from './mfa/mfa.service';
import { Role } from './role.enum';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 10;
/**
 * The one answer to every failed sign-in: unknown address, wrong password and locked account
 * alike, so the answer never tells which accounts exist. The owner of a locked account learns
 * of it from an administrator (GET /api/users/locked).
 */
export const INVALID_LOGIN = 'Invalid email or password';
/** Password right, second factor missing: the client asks for the code and sends all again. */
export const SECOND_FACTOR_REQUIRED =
  'Two-factor code required: send the 6-digit code from your authenticator app as `code` (or a recovery code as `recoveryCode`)';
const SECOND_FACTOR_REFUSED: Record<Exclude<SecondFactorResult, { ok: true }>['reason'], string> = {
  'wrong two-factor code': 'Invalid two-factor code',
  'reused two-factor code': 'This two-factor code was already used: wait for the next one',
  'wrong recovery code': 'Invalid or already used recovery code',
};

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so every failure costs one argon2 verification. */
  private readonly dummyHash = hashPassword('not-a-real-password-at-all');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly mfa: MfaService,
  ) {}

  async login(dto: LoginDto): Promise<LoginResponse> {
    const user = await this.verifyCredentials(dto, 'token');
    return this.tokenResponse(user, user.tokenVersion);
  }

  /**
   * Checks email and password (lockout, deactivation) and records the sign-in; the caller then
   * issues a bearer token or opens a browser session.
   */
  async verifyCredentials(dto: LoginDto, via: 'token' | 'session'): Promise<User> {
    const breakGlass = this.isBreakGlass(dto.email);
    if (!this.config.localLoginEnabled && !breakGlass) {
      await this.recordAttempt(null, 'DENIED', {
        email: dto.email,
        reason: 'local passwords are turned off (LOCAL_LOGIN=false)',
      });
      throw new UnauthorizedException(
        `Password sign-in is turned off: sign in with ${this.config.OIDC_DISPLAY_NAME}`,
      );
    }
    const user = await this.users.findByEmail(dto.email);
    // Always exactly one verification, before any branch: unknown, locked and existing
    // accounts take the same time.
    const passwordOk = await verifyPassword(
      user?.passwordHash ?? (await this.dummyHash),
      dto.password,
    );
    if (!user) {
      await this.recordAttempt(null, 'FAILED', { email: dto.email, reason: 'unknown email' });
      throw new UnauthorizedException(INVALID_LOGIN);
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      await this.recordAttempt(user.id, 'DENIED', { email: user.email, reason: 'account locked' });
      throw new UnauthorizedException(INVALID_LOGIN);
    }
    if (!passwordOk) await this.registerFailure(user);
    if (!user.active) {
      await this.recordAttempt(user.id, 'DENIED', {
        email: user.email,
        reason: 'account deactivated',
      });
      throw new UnauthorizedException('This account is deactivated');
    }
    if (!this.config.localLoginEnabled && !user.roles.includes(Role.ADMIN)) {
      await this.recordAttempt(user.id, 'DENIED', {
        email: user.email,
        reason: 'break-glass account no longer holds ADMIN',
      });
      throw new UnauthorizedException(
        `Password sign-in is turned off: sign in with ${this.config.OIDC_DISPLAY_NAME}`,
      );
    }
    if (user.totpEnabledAt && dto.code === undefined && dto.recoveryCode === undefined) {
      await this.recordAttempt(user.id, 'FAILED', {
        email: user.email,
        reason: 'second factor missing',
      });
      throw new UnauthorizedException({
        message: SECOND_FACTOR_REQUIRED,
        error: 'Unauthorized',
        secondFactorRequired: true,
      });
    }
    const secondFactor = await this.dataSource.transaction(async (manager) => {
      const factor = user.totpEnabledAt ? await this.mfa.verify(manager, user.id, dto) : null;
      if (factor && !factor.ok) return factor;
      await manager.update(User, { id: user.id }, { failedLoginCount: 0, lockedUntil: null });
      await this.audit.append(manager, {
        action: 'auth.login',
        subjectType: 'user',
        subjectId: user.id,
        actorId: user.id,
        actorRoles: user.roles,
        details: {
          email: user.email,
          via,
          ...(user.mustChangePassword && { temporaryPassword: true }),
          secondFactor: factor ? factor.via : null,
          ...(factor?.recoveryCodesLeft !== undefined && {
            recoveryCodesLeft: factor.recoveryCodesLeft,
          }),
          ...(breakGlass && !this.config.localLoginEnabled && { breakGlass: true }),
        },
      });
      return factor;
    });
    if (secondFactor && !secondFactor.ok) {
      // A wrong or reused code counts like a wrong password: five in a row lock the account.
      await this.registerFailure(
        user,
        secondFactor.reason,
        SECOND_FACTOR_REFUSED[secondFactor.reason],
      );
    }
    return user;
  }

  private isBreakGlass(email: string): boolean {
    const named = this.config.BREAK_GLASS_ADMIN_EMAIL;
    return named !== undefined && named.trim().toLowerCase() === email.trim().toLowerCase();
  }

  /**
   * Changes the caller's own password. The current one is required; every token issued before
   * (on any device) stops working, and the caller gets a fresh one for this session.
   */
  /**
   * Changes the caller's password and bumps their token version, which ends every bearer token
   * and browser session. When the change came from a browser session (`keepSessionId`), that
   * session moves to the new version in the same transaction, so the browser stays signed in.
   */
  async changePassword(
    caller: Caller,
    dto: ChangePasswordDto,
    keepSessionId?: string,
  ): Promise<PasswordChangeResponse> {
    const current = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: caller.id })
      .getOneOrFail();
    if (!(await verifyPassword(current.passwordHash, dto.currentPassword))) {
      throw refuse.forbidden('Current password is incorrect', {
        action: 'auth.password_change',
        subjectType: 'user',
        subjectId: caller.id,
        details: { reason: 'wrong current password' },
      });
    }
    if (dto.newPassword === dto.currentPassword) {
      throw new BadRequestException('newPassword must differ from the current password');
    }
    const passwordHash = await hashPassword(dto.newPassword);
    const user = await this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query<[{ token_version: number }[], number]>(
        `UPDATE users
            SET password_hash = $2, must_change_password = false, token_version = token_version + 1,
                failed_login_count = 0, locked_until = NULL, updated_at = now()
          WHERE id = $1
      RETURNING token_version`,
        [caller.id, passwordHash],
      );
      let keptSession = false;
      if (keepSessionId) {
        const [, kept] = await manager.query<[unknown[], number]>(
          `UPDATE sessions SET token_version = $3, last_activity_at = now()
            WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL`,
          [keepSessionId, caller.id, rows[0].token_version],
        );
        keptSession = kept === 1;
      }
      await this.audit.append(manager, {
        action: 'auth.password_change',
        subjectType: 'user',
        subjectId: caller.id,
        details: {
          wasTemporary: caller.mustChangePassword === true,
          otherTokensRevoked: true,
          keptSession,
        },
      });
      return { ...current, mustChangePassword: false, tokenVersion: rows[0].token_version };
    });
    const fresh = await this.tokenResponse(user, user.tokenVersion);
    // A browser session goes on with its HttpOnly cookie: no token where a script could read it.
    return keepSessionId ? { user: fresh.user } : fresh;
  }

  private async tokenResponse(user: User, tokenVersion: number): Promise<LoginResponse> {
    const payload: TokenPayload = { sub: user.id, tv: tokenVersion };
    return {
      accessToken: await this.jwt.signAsync(payload),
      expiresIn: this.config.JWT_TTL_SECONDS,
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        roles: user.roles,
        mustChangePassword: user.mustChangePassword,
        mfaEnrolled: user.totpEnabledAt !== null,
        mfaEnrolmentRequired: mfaEnrolmentRequired(
          this.config.mfaRequiredRoles,
          user.roles,
          user.totpEnabledAt !== null,
          'PASSWORD',
        ),
      },
    };
  }

  /** Counts the failure atomically (concurrent attempts cannot undercount) and locks at the limit. */
  private async registerFailure(
    user: User,
    reason = 'wrong password',
    message = INVALID_LOGIN,
  ): Promise<never> {
    await this.dataSource.transaction(async (manager) => {
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
          reason,
          consecutiveFailures: row.failed_login_count,
          ...(lockedNow && { lockedUntil: row.locked_until }),
        },
      });
    });
    throw new UnauthorizedException(message);
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
