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

export interface TokenPayload {
  sub: string;
  /** The user's token version when the token was issued. */
  tv: number;
}

/**
 * The one global guard. Every route needs a valid token unless it is marked @Public, and
 * then a role from its @Roles list. A route that declares neither is refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule && 'public' in rule) return true;

    const req = context.switchToHttp().getRequest<Request & { caller?: Caller }>();
    const caller = await this.authenticate(req);
    req.caller = caller;
    requestContext.assign({ actorId: caller.id, actorRoles: caller.roles });

    const route = `${req.method} ${(req.route as { path?: string } | undefined)?.path ?? req.path}`;
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

  private async authenticate(req: Request): Promise<Caller> {
    const header = req.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthorizedException('Authentication required: send a bearer token');
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
    return { id: user.id, email: user.email, name: user.name, roles: user.roles };
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
