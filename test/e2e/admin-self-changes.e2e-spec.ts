import { Role } from '../../src/auth/role.enum';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Security review, defect 6: nobody changes their own roles or active flag, and the last
 * active administrator can neither be deactivated nor lose ADMIN, even when two administrators
 * demote each other at the same moment.
 */
describe('changes to administrators', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const activeAdmins = async () =>
    (
      await t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM users WHERE active AND 'ADMIN' = ANY(roles)`,
      )
    )[0].n;

  it('refuses an admin granting themselves RECORDS_CUSTODIAN (so no export), or deactivating themselves; audited', async () => {
    const admin = await t.user([Role.ADMIN]);
    const grant = await t
      .http()
      .patch(`/api/users/${admin.id}`)
      .set(admin.auth)
      .send({ roles: [Role.ADMIN, Role.RECORDS_CUSTODIAN] });
    expect(grant.status).toBe(403);
    expect(grant.body.message).toMatch(/nobody changes their own roles or active flag/i);
    const off = await t
      .http()
      .patch(`/api/users/${admin.id}`)
      .set(admin.auth)
      .send({ active: false });
    expect(off.status).toBe(403);
    const me = await t.http().get(`/api/users/${admin.id}`).set(admin.auth).expect(200);
    expect(me.body).toMatchObject({ roles: [Role.ADMIN], active: true });
    // The old token still works (nothing changed) and still cannot reach exports.
    const exp = await t
      .http()
      .post('/api/exports')
      .set(admin.auth)
      .send({ scope: { processId: '00000000-0000-4000-8000-000000000000' }, kind: 'E_DISCOVERY' });
    expect(exp.status).toBe(403);
    const denied = await t.db.query<{ details: { rule: string } }[]>(
      `SELECT details FROM audit_events WHERE action = 'user.update' AND outcome = 'DENIED' AND subject_id = $1`,
      [admin.id],
    );
    expect(denied.map((d) => d.details.rule)).toEqual(['own-account', 'own-account']);
    // Their own name is theirs to correct.
    const renamed = await t
      .http()
      .patch(`/api/users/${admin.id}`)
      .set(admin.auth)
      .send({ name: 'Renamed Admin', roles: [Role.ADMIN], active: true });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Renamed Admin');
  });

  it('another admin may still change an admin’s roles', async () => {
    const a = await t.user([Role.ADMIN]);
    const b = await t.user([Role.ADMIN]);
    const res = await t
      .http()
      .patch(`/api/users/${b.id}`)
      .set(a.auth)
      .send({ roles: [Role.ADMIN, Role.SEARCHER] });
    expect(res.status).toBe(200);
    expect(res.body.roles).toEqual([Role.ADMIN, Role.SEARCHER]);
  });

  it('never leaves zero active admins when two admins demote each other at once (10 rounds)', async () => {
    for (let round = 0; round < 10; round++) {
      const a = await t.user([Role.ADMIN]);
      const b = await t.user([Role.ADMIN]);
      // Leave a and b as the only active admins.
      const others = await t.db.query<{ id: string }[]>(
        `SELECT id FROM users WHERE active AND 'ADMIN' = ANY(roles) AND id NOT IN ($1, $2)`,
        [a.id, b.id],
      );
      for (const o of others) {
        await t.http().patch(`/api/users/${o.id}`).set(a.auth).send({ active: false }).expect(200);
      }
      expect(await activeAdmins()).toBe(2);
      const demote = round % 2 === 0 ? { roles: [Role.SEARCHER] } : { active: false };
      const [ab, ba] = await Promise.all([
        t.http().patch(`/api/users/${b.id}`).set(a.auth).send(demote),
        t.http().patch(`/api/users/${a.id}`).set(b.auth).send(demote),
      ]);
      expect(await activeAdmins()).toBe(1);
      const statuses = [ab.status, ba.status].sort();
      // One wins; the other is refused: 409 (the last admin) or, if its token was already
      // invalidated by the winner, 401 at the door. Never a 500, never both.
      expect(statuses[0]).toBe(200);
      expect([401, 409]).toContain(statuses[1]);
      const loser = ab.status === 200 ? ba : ab;
      if (loser.status === 409) expect(loser.body.message).toMatch(/last active administrator/);
    }
  });
});
