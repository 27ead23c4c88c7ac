import { AsyncLocalStorage } from 'node:async_hooks';
import { Role } from '../auth/role.enum';

/** Who is acting and on which request: read by the audit log, set by middleware and the auth guard. */
export interface RequestContext {
  requestId?: string;
  clientIp?: string;
  actorId?: string;
  actorRoles?: Role[];
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  get(): RequestContext {
    return storage.getStore() ?? {};
  },
  /** Mutates the current request's context (e.g. once the guard knows the actor). */
  assign(values: Partial<RequestContext>): void {
    const store = storage.getStore();
    if (store) Object.assign(store, values);
  },
};
