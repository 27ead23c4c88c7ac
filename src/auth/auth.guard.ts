import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { Request } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requestContext } from '../common/request-context';
import { User } from '../users/user.entity';
import { ACCESS_METADATA, AccessRule } from './access.decorators';
import { Caller } from './current-user.decorator';
import { RequestWithSession, SESSION_PEEK_METADATA } from './session.decorators';
import {
  CSRF_HEADER,
  CSRF_VALUE,
  ResolvedSession,
  SESSION_COOKIE,
  SessionsService,
} from './sessions.service';

export interface TokenPayload {
  sub: string;
  /** The user's token version when the token was issued. */
  tv: number;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The value of one cookie from the Cookie header (session tokens are base64url: no decoding). */
function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

/**
 * The one global guard. Every route needs a valid credential unless it is marked @Public, and
 * then a role from its @Roles list. A route that declares neither is refused. Credentials are a
 * bearer token or the browser session cookie; writes with the cookie need the CSRF header.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule && 'public' in rule) return true;

    const req = context.switchToHttp().getRequest<RequestWithSession & { caller?: Caller }>();
    const peek = this.reflector.getAllAndOverride<boolean | undefined>(SESSION_PEEK_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    const csrfOk = SAFE_METHODS.has(req.method) || req.headers[CSRF_HEADER] === CSRF_VALUE;
    const { caller, session } = await this.authenticate(req, !peek && csrfOk);
    req.caller = caller;
    req.browserSession = session;
    requestContext.assign({ actorId: caller.id, actorRoles: caller.roles });

    const route = `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? req.path}`;
    if (session && !csrfOk) {
      await this.deny(route, 'CSRF check failed: cookie write without the X-Requested-With header');
      throw new ForbiddenException(
        `CSRF check failed: writes with the session cookie must send the header X-Requested-With: ${CSRF_VALUE}`,
      );
    }
    if (!rule) {
      await this.deny(route, 'route declares no access rule');
      throw new ForbiddenException('Access denied: this route declares no access rule');
    }
    if (!caller.roles.some((r) => rule.roles.includes(r))) {
      await this.deny(route, `requires one of ${rule.roles.join(', ')}`);
      throw new ForbiddenException(
        `Access denied: this action requires one of the roles ${rule.roles.join(', ')}`,
      );
    }
    return true;
  }

  /**
   * The one credential lookup: a bearer token if the request has an Authorization header,
   * otherwise the session cookie (extended when `touch`).
   */
  private async authenticate(
    req: Request,
    touch: boolean,
  ): Promise<{ caller: Caller; session?: ResolvedSession }> {
    const header = req.headers.authorization;
    const cookie = readCookie(req, SESSION_COOKIE);
    if (header === undefined && cookie) {
      const session = await this.sessions.resolve(cookie, touch);
      return { caller: session.user, session };
    }
    const [scheme, token] = (header ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthorizedException(
        'Authentication required: send a bearer token or sign in (session cookie)',
      );
    }
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch (error) {
      throw new UnauthorizedException(
        error instanceof TokenExpiredError ? 'Token expired: sign in again' : 'Invalid token',
      );
    }
    const user = await this.dataSource.getRepository(User).findOne({
      where: { id: payload.sub },
      select: { id: true, email: true, name: true, roles: true, active: true, tokenVersion: true },
    });
    if (!user || !user.active) {
      throw new UnauthorizedException('Token no longer valid: the account is deactivated');
    }
    if (user.tokenVersion !== payload.tv) {
      throw new UnauthorizedException(
        'Token no longer valid: the account changed since it was issued; sign in again',
      );
    }
    return { caller: { id: user.id, email: user.email, name: user.name, roles: user.roles } };
  }

  private async deny(route: string, reason: string): Promise<void> {
    await this.audit.record({
      action: 'authorization.denied',
      subjectType: 'route',
      subjectId: route,
      outcome: 'DENIED',
      details: { reason },
    });
  }
}
