import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isDatabaseUnavailable } from '../database/connection-errors';
import { RefusalException } from './refusal.exception';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  requestId: string | undefined;
  /** Per-item problems of a bulk request (the candidate CSV import's rows). */
  errors?: unknown[];
  secondFactorRequired?: true;
}

/** Postgres errors a client can provoke, mapped to the 4xx they deserve (never a 500). */
const PG_CLIENT_ERRORS: Record<string, { status: number; message: string }> = {
  '23505': { status: 409, message: 'A record with the same unique value already exists' },
  '23503': { status: 409, message: 'A referenced record does not exist or is still referenced' },
  '23514': { status: 400, message: 'A value breaks a rule of the data' },
  '23502': { status: 400, message: 'A required value is missing' },
  '22P05': {
    status: 400,
    message: 'A text value contains a character that cannot be stored (such as NUL)',
  },
  '54000': { status: 413, message: 'A value is too large to store' },
  '22021': {
    status: 400,
    message: 'A text value contains a character that cannot be stored (such as NUL)',
  },
  '40P01': { status: 409, message: 'The request conflicted with a concurrent change; retry it' },
  '40001': { status: 409, message: 'The request conflicted with a concurrent change; retry it' },
  '22P02': { status: 400, message: 'A value has the wrong format' },
  '22001': { status: 400, message: 'A value is too long' },
  '22003': { status: 400, message: 'A number is out of range' },
  '22007': { status: 400, message: 'A date or time is not valid' },
  '22008': { status: 400, message: 'A date or time is out of range' },
};

/** What a request meets while PostgreSQL is down or unreachable (its transaction rolled back). */
export const DATABASE_UNAVAILABLE =
  'The database is unavailable, so the request could not be completed; try again in a moment';

function flatten(message: unknown): string {
  if (Array.isArray(message)) return message.map(String).join('; ');
  if (typeof message === 'string') return message;
  return 'Request failed';
}

export function errorBody(status: number, error: string, message: string, req: Request): ErrorBody {
  return { statusCode: status, error, message, requestId: req.id as string | undefined };
}

/** One error shape for every failure: `{statusCode, error, message, requestId}`; no stack traces. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly audit: AuditService) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    let body: ErrorBody;
    try {
      body = this.toBody(exception, req);
    } catch {
      body = errorBody(500, 'Internal Server Error', 'Internal server error', req);
    }

    if (exception instanceof RefusalException) {
      await this.recordRefusal(exception);
    }
    if (body.message === DATABASE_UNAVAILABLE) {
      this.logger.warn({ err: exception, requestId: body.requestId }, 'Database unavailable');
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId }, 'Unhandled error');
    }
    if (!res.headersSent) res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, req: Request): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'string') {
        return errorBody(status, exception.name.replace(/Exception$/, ''), response, req);
      }
      const r = response as {
        error?: unknown;
        message?: unknown;
        details?: Record<string, { status?: string }>;
      };
      const error = typeof r.error === 'string' ? titleCase(r.error) : statusName(status);
      if (r.details && r.message === undefined) {
        // A failed health check (terminus): name what is down.
        const down = Object.entries(r.details)
          .filter(([, d]) => d.status !== 'up')
          .map(([k]) => k);
        return errorBody(
          status,
          error,
          `Not ready: ${down.join(', ') || 'a dependency'} is down`,
          req,
        );
      }
      const body = errorBody(status, error, flatten(r.message ?? exception.message), req);
      const items = (response as { errors?: unknown }).errors;
      const withItems = Array.isArray(items) ? { ...body, errors: items } : body;
      // Sign-in with the password right and the second factor missing: the client asks for it.
      return (response as { secondFactorRequired?: unknown }).secondFactorRequired === true
        ? { ...withItems, secondFactorRequired: true }
        : withItems;
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string }).code ?? '';
      const mapped = PG_CLIENT_ERRORS[code];
      if (mapped) return errorBody(mapped.status, statusName(mapped.status), mapped.message, req);
    }
    if (isDatabaseUnavailable(exception)) {
      return errorBody(503, 'Service Unavailable', DATABASE_UNAVAILABLE, req);
    }
    return errorBody(500, 'Internal Server Error', 'Internal server error', req);
  }

  private async recordRefusal(exception: RefusalException): Promise<void> {
    try {
      await this.audit.record({
        ...exception.audit,
        outcome: 'DENIED',
        details: {
          ...exception.audit.details,
          status: exception.getStatus(),
          reason: exception.message,
        },
      });
    } catch (err) {
      this.logger.error({ err }, 'Could not record a refusal in the audit log');
    }
  }
}

function statusName(status: number): string {
  return titleCase((HttpStatus[status] ?? 'Error').replace(/_/g, ' '));
}

function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
