import {
  createParamDecorator,
  ExecutionContext,
  NotFoundException,
  SetMetadata,
} from '@nestjs/common';
import { Request } from 'express';
import { ResolvedSession } from './sessions.service';

export const SESSION_PEEK_METADATA = 'cybervet:session-peek';

/** The route reads the browser session without extending it (the idle warning polls it). */
export const PeekSession = () => SetMetadata(SESSION_PEEK_METADATA, true);

export type RequestWithSession = Request & { browserSession?: ResolvedSession };

/** The browser session the guard authenticated this request with; 404 for bearer-token requests. */
export const CurrentSession = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): ResolvedSession => {
    const session = ctx.switchToHttp().getRequest<RequestWithSession>().browserSession;
    if (!session) {
      throw new NotFoundException(
        'No browser session: this request was authenticated with a bearer token, not the session cookie',
      );
    }
    return session;
  },
);

/** The browser session behind this request, if the cookie was the credential (else undefined). */
export const OptionalSession = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): ResolvedSession | undefined =>
    ctx.switchToHttp().getRequest<RequestWithSession>().browserSession,
);
