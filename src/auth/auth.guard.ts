import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuditService } from '../audit/audit.service';
import { requestContext } from '../common/request-context';
import {
  ACCESS_METADATA,
  AccessRule,
  MFA_ENROLMENT_METADATA,
  PASSWORD_CHANGE_METADATA,
  WITHOUT_ROLES_METADATA,
} from './access.decorators';
import { Authenticator, routeOf } from './authenticator.service';
import { Caller } from './current-user.decorator';
import { RequestWithSession, SESSION_PEEK_METADATA } from './session.decorators';
import { CSRF_HEADER, CSRF_VALUE } from './sessions.service';

export type { TokenPayload } from './authenticator.service';

export const PASSWORD_CHANGE_REQUIRED =
  'Password change required: set your own password with POST /api/auth/password first';

export const MFA_ENROLMENT_REQUIRED =
  'Two-factor enrolment required: your role needs an authenticator app; set it up with POST /api/auth/mfa/totp first';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one global guard. Every route needs a valid token unless it is marked @Public, and
 * then a role from its @Roles list. A route that declares neither is refused. A caller who
 * signed in with a temporary password, or who must still enrol a second factor, may only use the
 * routes marked for it. Credentials are a
 * bearer token or the browser session cookie; writes with the cookie need the CSRF header.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, targets);
    if (rule && 'public' in rule) return true;

    const req = context.switchToHttp().getRequest<RequestWithSession & { caller?: Caller }>();
    const peek = this.reflector.getAllAndOverride<boolean | undefined>(
      SESSION_PEEK_METADATA,
      targets,
    );
    const csrfOk = SAFE_METHODS.has(req.method) || req.headers[CSRF_HEADER] === CSRF_VALUE;
    const { caller, session } = await this.authenticator.authenticate(req, !peek && csrfOk);
    req.caller = caller;
    req.browserSession = session;
    requestContext.assign({ actorId: caller.id, actorRoles: caller.roles });

    const route = routeOf(req);
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
    if (
      caller.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_METADATA, targets)
    ) {
      await this.deny(route, 'password change required');
      throw new ForbiddenException(PASSWORD_CHANGE_REQUIRED);
    }
    if (
      caller.mfaEnrolmentRequired &&
      !this.reflector.getAllAndOverride<boolean>(MFA_ENROLMENT_METADATA, targets)
    ) {
      await this.deny(route, 'MFA enrolment required');
      throw new ForbiddenException(MFA_ENROLMENT_REQUIRED);
    }
    const withoutRoles =
      caller.roles.length === 0 &&
      this.reflector.getAllAndOverride<boolean>(WITHOUT_ROLES_METADATA, targets) === true;
    if (!withoutRoles && !caller.roles.some((r) => rule.roles.includes(r))) {
      await this.deny(route, `requires one of ${rule.roles.join(', ')}`);
      throw new ForbiddenException(
        `Access denied: this action requires one of the roles ${rule.roles.join(', ')}`,
      );
    }
    return true;
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
