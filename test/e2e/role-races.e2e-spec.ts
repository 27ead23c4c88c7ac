import { Role } from '../../src/auth/role.enum';
import { buildWorld, designatedSearcher, designation, searchEverything } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { auditSettled } from '../support/audit';

/**
 * Security review, defect 4: a role change and a decision that reads the user's roles (a panel
 * seat, an assignment, a designation) must serialise on the user row, so racing requests can
 * never both pass. Each test races the two requests for 10 rounds.
 */
describe('role changes racing seats, assignments and designations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const ROUNDS = 10;

  it('never seats an auditor or records custodian: PATCH roles and POST panel race, one is refused with 409', async () => {
    const w = await buildWorld(t);
    for (let round = 0; round < ROUNDS; round++) {
      const u = await t.user([Role.PANEL]);
      const overseer = round % 2 === 0 ? Role.AUDITOR : Role.RECORDS_CUSTODIAN;
      const [patch, seat] = await Promise.all([
        t
          .http()
          .patch(`/api/users/${u.id}`)
          .set(w.admin.auth)
          .send({ roles: [Role.PANEL, overseer] }),
        t
          .http()
          .post(`/api/processes/${w.processId}/panel`)
          .set(w.admin.auth)
          .send({ userId: u.id }),
      ]);
      // Exactly one wins; the other is refused with a 409 naming the rule (never a 500).
      expect([patch.status, seat.status].sort()).toEqual(
        patch.status === 200 ? [200, 409] : [201, 409],
      );
      const refused = patch.status === 409 ? patch : seat;
      expect(refused.body.message).toMatch(/Separation of duties/);
      const [{ breaches }] = await t.db.query<{ breaches: number }[]>(
        `SELECT count(*)::int AS breaches FROM panel_members pm JOIN users u ON u.id = pm.user_id
          WHERE pm.removed_at IS NULL AND u.roles && ARRAY['AUDITOR','RECORDS_CUSTODIAN']::text[]`,
      );
      expect(breaches).toBe(0);
    }
  });

  it('never assigns a searcher whose SEARCHER role was removed first: PATCH roles and POST assignment race', async () => {
    const w = await buildWorld(t, { candidates: ROUNDS + 1 });
    for (let round = 0; round < ROUNDS; round++) {
      const s = await designatedSearcher(t, w.admin);
      const vettingId = w.vettingIds[round + 1];
      const [patch, assign] = await Promise.all([
        t
          .http()
          .patch(`/api/users/${s.id}`)
          .set(w.admin.auth)
          .send({ roles: [Role.PANEL] }),
        t
          .http()
          .post(`/api/vettings/${vettingId}/assignment`)
          .set(w.admin.auth)
          .send({ searcherId: s.id }),
      ]);
      expect(patch.status).toBe(200);
      expect([200, 409]).toContain(assign.status);
      // The audit chain is appended in commit order: an assignment after the role change is a breach.
      await auditSettled(t);
      const events = await t.db.query<{ action: string }[]>(
        `SELECT action FROM audit_events
          WHERE outcome = 'ALLOWED'
            AND ((action = 'user.update' AND subject_id = $1) OR (action = 'vetting.assign' AND subject_id = $2))
          ORDER BY seq`,
        [s.id, vettingId],
      );
      if (assign.status === 200) {
        expect(events.map((e) => e.action)).toEqual(['vetting.assign', 'user.update']);
      } else {
        expect(assign.body.message).toMatch(/SEARCHER role/);
        expect(events.map((e) => e.action)).toEqual(['user.update']);
      }
    }
  });

  it('never designates a user whose SEARCHER role was removed first: PATCH roles and POST designation race', async () => {
    const admin = await t.user([Role.ADMIN]);
    for (let round = 0; round < ROUNDS; round++) {
      const s = await t.user([Role.SEARCHER]);
      const [patch, designate] = await Promise.all([
        t
          .http()
          .patch(`/api/users/${s.id}`)
          .set(admin.auth)
          .send({ roles: [Role.PANEL] }),
        t.http().post(`/api/users/${s.id}/designation`).set(admin.auth).send(designation()),
      ]);
      expect(patch.status).toBe(200);
      expect([201, 409]).toContain(designate.status);
      await auditSettled(t);
      const events = await t.db.query<{ action: string }[]>(
        `SELECT action FROM audit_events
          WHERE outcome = 'ALLOWED' AND subject_id = $1 AND action IN ('user.update', 'designation.grant')
          ORDER BY seq`,
        [s.id],
      );
      expect(events.map((e) => e.action)).toEqual(
        designate.status === 201 ? ['designation.grant', 'user.update'] : ['user.update'],
      );
    }
  });

  it('never lets a validation pass after the validator was deactivated: PATCH active and POST validation race', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w);
    for (let round = 0; round < ROUNDS; round++) {
      const v = await designatedSearcher(t, w.admin);
      await t
        .http()
        .post(`/api/processes/${w.processId}/searchers`)
        .set(w.admin.auth)
        .send({ userId: v.id })
        .expect(201);
      const [patch, validation] = await Promise.all([
        t.http().patch(`/api/users/${v.id}`).set(w.admin.auth).send({ active: false }),
        t
          .http()
          .post(`/api/findings/${findingId}/validations`)
          .set(v.auth)
          .send({ status: 'VERIFIED', method: 'Photo cross-check', notes: 'Matches' }),
      ]);
      expect(patch.status).toBe(200);
      // 401 when the guard already sees the deactivation; 403 when the service does.
      expect([201, 401, 403]).toContain(validation.status);
      await auditSettled(t);
      const events = await t.db.query<{ action: string }[]>(
        `SELECT action FROM audit_events
          WHERE outcome = 'ALLOWED'
            AND ((action = 'user.update' AND subject_id = $1) OR (action = 'finding.validate' AND actor_id = $2))
          ORDER BY seq`,
        [v.id, v.id],
      );
      expect(events.map((e) => e.action)).toEqual(
        validation.status === 201 ? ['finding.validate', 'user.update'] : ['user.update'],
      );
    }
  });
});
