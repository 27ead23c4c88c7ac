import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JsonWebTokenError, JwtService, TokenExpiredError } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { Request } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { preparedQuery } from '../database/prepared-query';
import { User } from '../users/user.entity';
import { AuthFailureLog, TokenRefusalReason } from './auth-failure-log.service';
import { Caller } from './current-user.decorator';
import { mfaEnrolmentRequired } from './mfa/mfa-policy';
import { ResolvedSession, SESSION_COOKIE, SessionsService } from './sessions.service';

export interface TokenPayload {
  sub: string;
  /** The user's token version when the token was issued. */
  tv: number;
}

/** The columns of the caller's account that a token check reads. */
type TokenUser = Pick<
  User,
  | 'id'
  | 'email'
  | 'name'
  | 'roles'
  | 'active'
  | 'tokenVersion'
  | 'mustChangePassword'
  | 'totpEnabledAt'
>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_CREDENTIAL = 'Authentication required: send a bearer token or sign in (session cookie)';

/** The value of one cookie from the Cookie header (session tokens are base64url: no decoding). */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

/** A presented credential that does not authenticate anyone, and why. */
export class CredentialRefused extends Error {
  constructor(
    readonly reason: TokenRefusalReason,
    message: string,
    readonly userId: string | null = null,
  ) {
    super(message);
  }
}

/** "METHOD /route/:pattern" when the router matched one, else the bare path (never the query). */
export function routeOf(req: Request): string {
  const pattern = (req.route as { path?: string } | undefined)?.path;
  return `${req.method} ${pattern ?? req.path}`.slice(0, 200);
}

/**
 * Who is calling. The guard and the docs middleware both ask here, so there is one place that
 * reads a credential: a bearer token when the request has an Authorization header (checked by
 * `verifyToken`, the one token check), otherwise the browser session cookie.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly failures: AuthFailureLog,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  /**
   * The caller (and their browser session, when the cookie was the credential), or a 401. A
   * session is extended when `touch`. A refused token is recorded (rate-limited) in the audit log.
   */
  async authenticate(
    req: Request,
    touch = true,
  ): Promise<{ caller: Caller; session?: ResolvedSession }> {
    const header = req.headers.authorization;
    if (header === undefined || header === '') {
      const cookie = readCookie(req, SESSION_COOKIE);
      if (!cookie) throw new UnauthorizedException(NO_CREDENTIAL);
      const session = await this.sessions.resolve(cookie, touch);
      return { caller: session.user, session };
    }
    try {
      const [scheme, token] = header.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token) {
        throw new CredentialRefused('malformed', NO_CREDENTIAL);
      }
      return { caller: await this.verifyToken(token) };
    } catch (error) {
      if (!(error instanceof CredentialRefused)) throw error;
      await this.failures.record({
        reason: error.reason,
        userId: error.userId,
        route: routeOf(req),
      });
      throw new UnauthorizedException(error.message);
    }
  }

  /** The one check of a token: signature, expiry, shape, account still active, not revoked. */
  async verifyToken(token: string): Promise<Caller> {
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch (error) {
      if (error instanceof TokenExpiredError) {
        throw new CredentialRefused('expired', 'Token expired: sign in again');
      }
      const forged =
        error instanceof JsonWebTokenError && /^invalid (signature|algorithm)$/.test(error.message);
      throw new CredentialRefused(forged ? 'forged signature' : 'malformed', 'Invalid token');
    }
    if (
      typeof payload.sub !== 'string' ||
      !UUID.test(payload.sub) ||
      !Number.isInteger(payload.tv)
    ) {
      throw new CredentialRefused('malformed', 'Invalid token');
    }
    // Every authenticated request runs this, so it is a prepared statement: TypeORM's find
    // builder and hydration cost more CPU than the indexed lookup itself. Never cached: a
    // deactivation or revocation holds from the very next request.
    const [user] = await preparedQuery<TokenUser>(
      this.dataSource,
      `SELECT id, email, name, roles, active, token_version AS "tokenVersion",
              must_change_password AS "mustChangePassword", totp_enabled_at AS "totpEnabledAt"
         FROM users WHERE id = $1`,
      [payload.sub],
    );
    if (!user || !user.active) {
      throw new CredentialRefused(
        'deactivated',
        'Token no longer valid: the account is deactivated',
        user?.id ?? null,
      );
    }
    if (user.tokenVersion !== payload.tv) {
      throw new CredentialRefused(
        'revoked',
        'Token no longer valid: the account changed since it was issued; sign in again',
        user.id,
      );
    }
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      mustChangePassword: user.mustChangePassword,
      mfaEnrolled: user.totpEnabledAt !== null,
      // Bearer tokens come only from POST /api/auth/login: a local password.
      mfaEnrolmentRequired: mfaEnrolmentRequired(
        this.config.mfaRequiredRoles,
        user.roles,
        user.totpEnabledAt !== null,
        'PASSWORD',
      ),
      authMethod: 'PASSWORD',
    };
  }
}
