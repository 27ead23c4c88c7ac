import { HttpException, HttpStatus } from '@nestjs/common';

export interface RefusalAudit {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Record<string, unknown>;
}

/**
 * A rule of the policy refused the request. The exception filter answers with the
 * status and message and writes a DENIED audit event in a transaction of its own, because
 * the request's own transaction (if any) has rolled back.
 */
export class RefusalException extends HttpException {
  constructor(
    status: HttpStatus,
    message: string,
    readonly audit: RefusalAudit,
  ) {
    super({ statusCode: status, message, error: defaultError(status) }, status);
  }
}

function defaultError(status: number): string {
  const names: Record<number, string> = {
    400: 'Bad Request',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    422: 'Unprocessable Entity',
    423: 'Locked',
  };
  return names[status] ?? 'Error';
}

export const refuse = {
  forbidden: (message: string, audit: RefusalAudit) =>
    new RefusalException(HttpStatus.FORBIDDEN, message, audit),
  conflict: (message: string, audit: RefusalAudit) =>
    new RefusalException(HttpStatus.CONFLICT, message, audit),
  unprocessable: (message: string, audit: RefusalAudit) =>
    new RefusalException(HttpStatus.UNPROCESSABLE_ENTITY, message, audit),
  notFound: (message: string, audit: RefusalAudit) =>
    new RefusalException(HttpStatus.NOT_FOUND, message, audit),
};
