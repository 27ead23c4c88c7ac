import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** The server's one error shape: `{statusCode, error, message, requestId}`. */
export interface ServerError {
  statusCode: number;
  error: string;
  message: string;
  requestId?: string;
  /** Sign-in only: the password was right, the second factor is needed. */
  secondFactorRequired?: boolean;
}

/** A refusal or failure from the server, carrying its reason as the server worded it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly requestId?: string,
    /** Sign-in: the password was right and the account's second factor is needed. */
    readonly secondFactorRequired = false,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server locked the idle session or it was signed out (401). */
  get unauthenticated(): boolean {
    return this.status === 401;
  }
}

/** Every write the session cookie authenticates needs this header (the server's CSRF check). */
export const CSRF_HEADER = { 'X-Requested-With': 'cybervet' } as const;

const listeners = new Set<(error: ApiError) => void>();
/** Lets the session layer notice a 401 from any call (the lock screen). */
export function onUnauthenticated(listener: (error: ApiError) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function toApiError(response: Response): Promise<ApiError> {
  let body: Partial<ServerError> | undefined;
  try {
    body = (await response.clone().json()) as Partial<ServerError>;
  } catch {
    body = undefined;
  }
  const message =
    typeof body?.message === 'string' && body.message
      ? body.message
      : `${response.status} ${response.statusText || 'Request failed'}`;
  return new ApiError(
    response.status,
    message,
    body?.requestId,
    body?.secondFactorRequired === true,
  );
}

const errors: Middleware = {
  onRequest({ request }) {
    request.headers.set('X-Requested-With', CSRF_HEADER['X-Requested-With']);
    return request;
  },
  async onResponse({ response, request }) {
    if (response.ok) return response;
    const error = await toApiError(response);
    // A sign-in attempt answering 401 is a wrong password, not a lock.
    if (error.unauthenticated && !request.url.endsWith('/api/auth/session')) {
      listeners.forEach((l) => l(error));
    }
    throw error;
  },
};

/** The typed client generated from the server's OpenAPI document (same origin, cookie auth). */
export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });
api.use(errors);

/** For routes the document does not type fully: same headers, same error handling. */
export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('X-Requested-With', CSRF_HEADER['X-Requested-With']);
  if (init.body && typeof init.body === 'string' && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  const response = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.unauthenticated && path !== '/api/auth/session') listeners.forEach((l) => l(error));
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Unwraps an openapi-fetch result (errors were already thrown by the middleware). */
export function data<T>(result: { data?: T; error?: unknown }): T {
  if (result.error !== undefined)
    throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return result.data as T;
}

export type Schemas = import('./schema').components['schemas'];
