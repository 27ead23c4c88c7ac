import { HttpException } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { errorBody } from '../common/http-exception.filter';
import { requestContext } from '../common/request-context';
import { Authenticator } from './authenticator.service';
import { Role } from './role.enum';

/** The Swagger UI and its documents: /docs, /docs/*, /docs-json, /docs-yaml. */
export function isDocsPath(path: string): boolean {
  return path === '/docs' || path.startsWith('/docs/') || path.startsWith('/docs-');
}

/**
 * Unless DOCS_PUBLIC=true, the OpenAPI document is for signed-in administrators only: it maps
 * every route of the service. Swagger's routes are plain Express routes that Nest's guard never
 * sees, so this middleware asks the same Authenticator the guard uses.
 */
export function docsAccess(authenticator: Authenticator, audit: AuditService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!isDocsPath(req.path)) return next();
    const refuse = (status: number, error: string, message: string) =>
      void res.status(status).json(errorBody(status, error, message, req));
    authenticator
      .authenticate(req)
      .then(async ({ caller }) => {
        requestContext.assign({ actorId: caller.id, actorRoles: caller.roles });
        if (caller.roles.includes(Role.ADMIN) && !caller.mustChangePassword) return next();
        await audit.record({
          action: 'authorization.denied',
          subjectType: 'route',
          subjectId: `GET ${req.path}`.slice(0, 200),
          outcome: 'DENIED',
          details: { reason: 'the API documentation requires ADMIN' },
        });
        refuse(403, 'Forbidden', 'Access denied: the API documentation requires the role ADMIN');
      })
      .catch((error: unknown) => {
        if (error instanceof HttpException) {
          refuse(error.getStatus(), 'Unauthorized', error.message);
        } else {
          next(error);
        }
      });
  };
}
