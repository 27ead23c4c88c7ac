import { applyDecorators } from '@nestjs/common';
import { ApiParam, ApiResponse } from '@nestjs/swagger';
import { ErrorResponseDto } from './error-response.dto';

export type DocumentedError = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 423 | 429 | 503;

const DESCRIPTIONS: Record<DocumentedError, string> = {
  400: 'Bad input: a malformed body, query or path parameter (the message names the problem)',
  401: 'No valid token',
  403: 'The caller may not do this',
  404: 'Not found',
  409: 'Conflicts with the current state of the record',
  410: 'Gone: removed under the retention schedule',
  413: 'Too large',
  415: 'Unsupported media type',
  422: 'Refused by a rule of the policy',
  423: 'Locked',
  429: 'Too many requests: retry later',
  503: 'A dependency (database, queue) is unavailable: retry later',
};

/**
 * Documents the errors an operation can return, each with the one error schema
 * (`ErrorResponseDto`). Pass `[status, description]` to say what the error means on this route.
 */
export function ApiErrors(...errors: (DocumentedError | [DocumentedError, string])[]) {
  return applyDecorators(
    ...errors.map((e) => {
      const [status, description] = Array.isArray(e) ? e : [e, DESCRIPTIONS[e]];
      return ApiResponse({ status, description, type: ErrorResponseDto });
    }),
  );
}

/** Documents path parameters as UUIDs (ParseUUIDPipe validates them; Swagger does not see it). */
export function ApiUuidParams(...names: string[]) {
  return applyDecorators(...names.map((name) => ApiParam({ name, type: String, format: 'uuid' })));
}
