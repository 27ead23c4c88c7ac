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
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const user = ctx.switchToHttp().getRequest<Request & { caller?: Caller }>().caller;
  if (!user) {
    // Fail loudly: a handler that reads the caller on a route the guard did not authenticate is a bug.
    throw new Error('CurrentUser used on a route without an authenticated caller');
  }
  return user;
});
