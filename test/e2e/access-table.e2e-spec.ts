import { randomUUID } from 'node:crypto';
import { ACCESS_TABLE } from '../../src/auth/access-table';
import { ALL_ROLES, Role } from '../../src/auth/role.enum';
import { declaredAccess, registeredRoutes } from '../support/routes';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { auditSettled } from '../support/audit';

/** Fills route parameters with values that pass validation but name nothing. */
function concretePath(route: string): string {
  return route.replace(/:(\w+)/g, (_, name: string) =>
    /id$/i.test(name) ? randomUUID() : 'item-key',
  );
}

describe('deny by default: the access table', () => {
  let t: TestApp;
  const byRole = new Map<Role, TestUser>();

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ALL_ROLES) byRole.set(role, await t.user([role]));
  });
  afterAll(() => t.close());

  it('lists every route Nest registered, and only those', () => {
    const registered = registeredRoutes(t.app);
    const table = Object.keys(ACCESS_TABLE).sort();
    expect(registered.filter((r) => !table.includes(r))).toEqual([]);
    expect(table.filter((r) => !registered.includes(r))).toEqual([]);
  });

  it('agrees with the @Public/@Roles declaration on every handler, which every handler has', () => {
    const declared = declaredAccess(t.app);
    const mismatches: string[] = [];
    for (const [route, rule] of declared) {
      const expected = ACCESS_TABLE[route];
      const actual =
        rule === undefined
          ? 'UNDECLARED'
          : 'public' in rule
            ? 'PUBLIC'
            : [...rule.roles].sort().join(',');
      const wanted =
        expected === undefined
          ? 'NOT IN TABLE'
          : expected === 'PUBLIC'
            ? 'PUBLIC'
            : [...expected].sort().join(',');
      if (actual !== wanted) mismatches.push(`${route}: decorator ${actual}, table ${wanted}`);
    }
    expect(mismatches).toEqual([]);
    expect(declared.size).toBe(Object.keys(ACCESS_TABLE).length);
  });

  it('publishes every route in the OpenAPI document', async () => {
    const docs = await t.http().get('/docs-json').set(byRole.get(Role.ADMIN)!.auth);
    const documented = Object.entries(
      docs.body.paths as Record<string, Record<string, unknown>>,
    ).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(Object.keys(ACCESS_TABLE).filter((r) => !documented.includes(r))).toEqual([]);
  });

  const guarded = Object.entries(ACCESS_TABLE).filter(([, roles]) => roles !== 'PUBLIC') as [
    string,
    Role[],
  ][];

  it.each(guarded)(
    '%s: 401 without a token, 403 for every role not allowed',
    async (route, allowed) => {
      const [method, path] = route.split(' ');
      const call = (headers: Record<string, string>) =>
        t.http()[method.toLowerCase() as 'get'](concretePath(path)).set(headers).send({});
      const anonymous = await call({});
      expect(anonymous.status).toBe(401);
      for (const role of ALL_ROLES.filter((r) => !allowed.includes(r))) {
        const res = await call(byRole.get(role)!.auth);
        expect({ role, status: res.status }).toEqual({ role, status: 403 });
      }
    },
  );

  it('writes every authorization denial to the audit log', async () => {
    const panel = byRole.get(Role.PANEL)!;
    await t.http().get('/api/users').set(panel.auth).expect(403);
    await auditSettled(t);
    const [event] = await t.db.query(
      `SELECT outcome, subject_id, actor_id FROM audit_events WHERE action = 'authorization.denied' AND actor_id = $1 ORDER BY seq DESC LIMIT 1`,
      [panel.id],
    );
    expect(event).toEqual({ outcome: 'DENIED', subject_id: 'GET /api/users', actor_id: panel.id });
  });
});
