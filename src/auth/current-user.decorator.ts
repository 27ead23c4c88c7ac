import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Request } from 'express';
import { Role } from './role.enum';

/** The signed-in caller, as the auth guard loaded it from the database on this request. */
export interface Caller {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** Signed in with a temporary password: only the password change (and `me`) is allowed. */
  mustChangePassword?: boolean;
  /** Holds a role in MFA_REQUIRED_ROLES, signed in with a password and has no authenticator yet. */
  mfaEnrolmentRequired?: boolean;
  /** Has a TOTP authenticator enrolled. */
  mfaEnrolled?: boolean;
  /** How this credential was obtained: a local password or single sign-on. */
  authMethod?: 'PASSWORD' | 'OIDC';
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const user = ctx.switchToHttp().getRequest<Request & { caller?: Caller }>().caller;
  if (!user) {
    // Fail loudly: a handler that reads the caller on a route the guard did not authenticate is a bug.
    throw new Error('CurrentUser used on a route without an authenticated caller');
  }
  return user;
});
