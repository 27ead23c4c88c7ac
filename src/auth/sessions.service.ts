import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { CookieOptions } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { User } from '../users/user.entity';
import { AuthMethod, mfaEnrolmentRequired } from './mfa/mfa-policy';
import { Role } from './role.enum';
import { Session } from './session.entity';
import { SessionStateView } from './session.dto';

export const SESSION_COOKIE = 'cybervet_session';
/** Writes authenticated by the cookie must carry this header with this value (CSRF defence). */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_VALUE = 'cybervet';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** Signed in with a temporary password: only the password change is open (the guard). */
  mustChangePassword: boolean;
  /** Must enrol a TOTP authenticator before anything else (MFA_REQUIRED_ROLES). */
  mfaEnrolmentRequired: boolean;
  mfaEnrolled: boolean;
  authMethod: AuthMethod;
}

export interface ResolvedSession {
  session: Session;
  user: SessionUser;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface SessionRow {
  id: string;
  user_id: string;
  token_version: number;
  created_at: Date;
  last_activity_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  revoke_reason: 'SIGNED_OUT' | 'IDLE' | null;
  email: string;
  name: string;
  roles: Role[];
  active: boolean;
  must_change_password: boolean;
  user_token_version: number;
  totp_enabled_at: Date | null;
  auth_method: AuthMethod;
  oidc_id_token: string | null;
}

/**
 * Browser sessions, stored server-side so an idle lock or a sign-out holds in every process.
 * The cookie carries a random token; the table keeps only its SHA-256.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  get idleTimeoutSeconds(): number {
    return this.config.SESSION_IDLE_MINUTES * 60;
  }

  get lockedMessage(): string {
    return `Session locked after ${this.config.SESSION_IDLE_MINUTES} minutes of inactivity`;
  }

  /**
   * Opens a session for a user whose credentials were just verified: a local password (and
   * second factor), or single sign-on (`oidcIdToken` kept for the provider's sign-out).
   */
  async start(
    user: User,
    via: { method: AuthMethod; oidcIdToken?: string } = { method: 'PASSWORD' },
  ): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    return this.dataSource.transaction(async (m) => {
      const session = m.create(Session, {
        userId: user.id,
        tokenHash: hashToken(token),
        tokenVersion: user.tokenVersion,
        lastActivityAt: now,
        expiresAt: new Date(now.getTime() + this.config.SESSION_MAX_HOURS * 3600e3),
        authMethod: via.method,
        oidcIdToken: via.oidcIdToken ?? null,
      });
      await m.insert(Session, session);
      await this.audit.append(m, {
        action: 'auth.session.start',
        subjectType: 'session',
        subjectId: session.id,
        actorId: user.id,
        actorRoles: user.roles,
        details: {
          idleTimeoutSeconds: this.idleTimeoutSeconds,
          expiresAt: session.expiresAt,
          method: via.method,
        },
      });
      return { token, session: await m.getRepository(Session).findOneByOrFail({ id: session.id }) };
    });
  }

  /**
   * The live session behind a cookie value, or 401 naming why not. With `touch`, the last
   * activity moves to now, written at most once per SESSION_TOUCH_SECONDS.
   */
  async resolve(token: string, touch: boolean): Promise<ResolvedSession> {
    const [row] = await this.dataSource.query<SessionRow[]>(
      `SELECT s.id, s.user_id, s.token_version, s.created_at, s.last_activity_at, s.expires_at,
              s.revoked_at, s.revoke_reason, u.email, u.name, u.roles, u.active,
              u.must_change_password, u.token_version AS user_token_version, u.totp_enabled_at,
              s.auth_method, s.oidc_id_token
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1`,
      [hashToken(token)],
    );
    if (!row) throw new UnauthorizedException('Session not found: sign in again');
    if (row.revoke_reason === 'IDLE') throw new UnauthorizedException(this.lockedMessage);
    if (row.revoked_at)
      throw new UnauthorizedException('Session ended (signed out): sign in again');
    const now = Date.now();
    if (row.expires_at.getTime() <= now) {
      throw new UnauthorizedException(
        `Session expired ${this.config.SESSION_MAX_HOURS} hours after sign-in: sign in again`,
      );
    }
    if (now - row.last_activity_at.getTime() >= this.idleTimeoutSeconds * 1000) {
      await this.lockIdle(row);
      throw new UnauthorizedException(this.lockedMessage);
    }
    if (!row.active) {
      throw new UnauthorizedException('Session no longer valid: the account is deactivated');
    }
    if (row.token_version !== row.user_token_version) {
      throw new UnauthorizedException(
        'Session no longer valid: the account changed since sign-in; sign in again',
      );
    }
    if (touch && now - row.last_activity_at.getTime() >= this.config.SESSION_TOUCH_SECONDS * 1000) {
      row.last_activity_at = await this.touch(row.id);
    }
    const session = Object.assign(new Session(), {
      id: row.id,
      userId: row.user_id,
      tokenVersion: row.token_version,
      createdAt: row.created_at,
      lastActivityAt: row.last_activity_at,
      expiresAt: row.expires_at,
      revokedAt: null,
      revokeReason: null,
      authMethod: row.auth_method,
      oidcIdToken: row.oidc_id_token,
    });
    return {
      session,
      user: {
        id: row.user_id,
        email: row.email,
        name: row.name,
        roles: row.roles,
        mustChangePassword: row.must_change_password,
        mfaEnrolled: row.totp_enabled_at !== null,
        mfaEnrolmentRequired: mfaEnrolmentRequired(
          this.config.mfaRequiredRoles,
          row.roles,
          row.totp_enabled_at !== null,
          row.auth_method,
        ),
        authMethod: row.auth_method,
      },
    };
  }

  /** The session cookie: HttpOnly, SameSite=Strict, Secure in production. */
  cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.config.isProduction, path: '/' };
  }

  /** What the session says about a user who just signed in. */
  sessionUser(user: User, method: AuthMethod): SessionUser {
    const enrolled = user.totpEnabledAt !== null;
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      mustChangePassword: user.mustChangePassword,
      mfaEnrolled: enrolled,
      mfaEnrolmentRequired: mfaEnrolmentRequired(
        this.config.mfaRequiredRoles,
        user.roles,
        enrolled,
        method,
      ),
      authMethod: method,
    };
  }

  /** Extends the session now, whatever the write interval (the UI's "stay signed in"). */
  async keepalive(resolved: ResolvedSession): Promise<SessionStateView> {
    resolved.session.lastActivityAt = await this.touch(resolved.session.id);
    return this.state(resolved);
  }

  /** Signing out: the session is revoked server-side, so the same cookie gets 401 afterwards. */
  async end(resolved: ResolvedSession): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE sessions SET revoked_at = now(), revoke_reason = 'SIGNED_OUT'
          WHERE id = $1 AND revoked_at IS NULL`,
        [resolved.session.id],
      );
      await this.audit.append(m, {
        action: 'auth.session.end',
        subjectType: 'session',
        subjectId: resolved.session.id,
        details: { reason: 'SIGNED_OUT', method: resolved.session.authMethod },
      });
    });
  }

  state({ session, user }: ResolvedSession): SessionStateView {
    const idleExpiresAt = new Date(
      Math.min(
        session.lastActivityAt.getTime() + this.idleTimeoutSeconds * 1000,
        session.expiresAt.getTime(),
      ),
    );
    return {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        roles: user.roles,
        mustChangePassword: user.mustChangePassword,
        mfaEnrolmentRequired: user.mfaEnrolmentRequired,
        mfaEnrolled: user.mfaEnrolled,
        authMethod: user.authMethod,
      },
      idleTimeoutSeconds: this.idleTimeoutSeconds,
      idleExpiresAt,
      expiresAt: idleExpiresAt,
      absoluteExpiresAt: session.expiresAt,
    };
  }

  private async touch(id: string): Promise<Date> {
    const at = new Date();
    await this.dataSource.query(
      `UPDATE sessions SET last_activity_at = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [id, at],
    );
    return at;
  }

  /** Marks an idle session locked (once) and writes that to the audit log. */
  private async lockIdle(row: SessionRow): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const [, count] = await m.query<[unknown[], number]>(
        `UPDATE sessions SET revoked_at = now(), revoke_reason = 'IDLE'
          WHERE id = $1 AND revoked_at IS NULL`,
        [row.id],
      );
      if (count === 0) return;
      await this.audit.append(m, {
        action: 'auth.session.locked',
        subjectType: 'session',
        subjectId: row.id,
        actorId: row.user_id,
        actorRoles: row.roles,
        details: {
          idleMinutes: this.config.SESSION_IDLE_MINUTES,
          lastActivityAt: row.last_activity_at,
        },
      });
    });
  }
}
