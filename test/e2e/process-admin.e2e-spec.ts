import { Role } from '../../src/auth/role.enum';
import { buildWorld, itemBody } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { auditQuery } from '../support/audit';

/**
 * The administrator's pages of a process: changing its settings after creation (fixed once any
 * vetting has started, policy IV.B.9), and the lists of panel seats and searcher work.
 */
describe('process administration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const audits = (processId: string) =>
    auditQuery<{ outcome: string; details: Record<string, unknown> }[]>(
      t,
      `SELECT outcome, details FROM audit_events
        WHERE action = 'process.settings' AND subject_id = $1 ORDER BY seq`,
      [processId],
    );

  describe('PATCH /api/processes/:id', () => {
    it('changes the settings before vetting starts, auditing old and new values', async () => {
      const w = await buildWorld(t);
      const res = await t.http().patch(`/api/processes/${w.processId}`).set(w.admin.auth).send({
        searchWindowYears: 10,
        minIdentityMatches: 4,
        requireIndependentValidation: false,
        independenceRelaxedReason: 'Single-searcher agency; chief validates by memo',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        searchWindowYears: 10,
        minIdentityMatches: 4,
        requireIndependentValidation: false,
        independenceRelaxedReason: 'Single-searcher agency; chief validates by memo',
      });
      const read = await t.http().get(`/api/processes/${w.processId}`).set(w.admin.auth);
      expect(read.body.searchWindowYears).toBe(10);
      const [audit] = await audits(w.processId);
      expect(audit.outcome).toBe('ALLOWED');
      expect(audit.details).toEqual({
        changed: [
          'searchWindowYears',
          'minIdentityMatches',
          'requireIndependentValidation',
          'independenceRelaxedReason',
        ],
        old: {
          searchWindowYears: 7,
          minIdentityMatches: 3,
          requireIndependentValidation: true,
          independenceRelaxedReason: null,
        },
        new: {
          searchWindowYears: 10,
          minIdentityMatches: 4,
          requireIndependentValidation: false,
          independenceRelaxedReason: 'Single-searcher agency; chief validates by memo',
        },
      });

      // Requiring independence again clears the recorded reason.
      const back = await t
        .http()
        .patch(`/api/processes/${w.processId}`)
        .set(w.admin.auth)
        .send({ requireIndependentValidation: true });
      expect(back.status).toBe(200);
      expect(back.body).toMatchObject({
        requireIndependentValidation: true,
        independenceRelaxedReason: null,
      });
    });

    it('applies the rules of creation: bounds, and a reason when independence is relaxed', async () => {
      const w = await buildWorld(t);
      const patch = (body: object) =>
        t.http().patch(`/api/processes/${w.processId}`).set(w.admin.auth).send(body);
      const window = await patch({ searchWindowYears: 0 });
      expect(window.status).toBe(400);
      expect(window.body.message).toContain('searchWindowYears must not be less than 1');
      expect((await patch({ minIdentityMatches: 10 })).status).toBe(400);
      expect((await patch({ title: 'Renamed' })).status).toBe(400);
      const noReason = await patch({ requireIndependentValidation: false });
      expect(noReason.status).toBe(422);
      expect(noReason.body.message).toBe(
        'independenceRelaxedReason is required when requireIndependentValidation is false',
      );
      const shortReason = await patch({
        requireIndependentValidation: false,
        independenceRelaxedReason: 'short',
      });
      expect(shortReason.status).toBe(400);
      const strayReason = await patch({
        independenceRelaxedReason: 'A reason with nothing relaxed',
      });
      expect(strayReason.status).toBe(422);
      const row = await t.http().get(`/api/processes/${w.processId}`).set(w.admin.auth);
      expect(row.body).toMatchObject({ requireIndependentValidation: true, searchWindowYears: 7 });
      expect((await audits(w.processId)).map((a) => a.outcome)).toEqual(['DENIED', 'DENIED']);
    });

    it('refuses any change once a vetting has started (uniformity), and for a closed process', async () => {
      const w = await buildWorld(t, { candidates: 2 });
      await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/google`)
        .set(w.searcher.auth)
        .send(itemBody())
        .expect(200);
      const started = await t
        .http()
        .patch(`/api/processes/${w.processId}`)
        .set(w.admin.auth)
        .send({ minIdentityMatches: 2 });
      expect(started.status).toBe(409);
      expect(started.body.message).toMatch(
        /^The settings are fixed: vetting started on .*same settings \(policy IV\.B\.9\)$/,
      );
      // Sending the values it already has changes nothing and is not a refusal.
      const same = await t
        .http()
        .patch(`/api/processes/${w.processId}`)
        .set(w.admin.auth)
        .send({ minIdentityMatches: 3, searchWindowYears: 7 });
      expect(same.status).toBe(200);
      const row = await t.http().get(`/api/processes/${w.processId}`).set(w.admin.auth);
      expect(row.body.minIdentityMatches).toBe(3);
      const [denied] = await audits(w.processId);
      expect(denied).toMatchObject({
        outcome: 'DENIED',
        details: expect.objectContaining({ rule: 'settings-locked' }),
      });

      const other = await buildWorld(t);
      await t
        .http()
        .post(`/api/processes/${other.processId}/close`)
        .set(other.admin.auth)
        .send({ reason: 'Hiring cancelled' })
        .expect(200);
      const closed = await t
        .http()
        .patch(`/api/processes/${other.processId}`)
        .set(other.admin.auth)
        .send({ searchWindowYears: 5 });
      expect(closed.status).toBe(409);
      expect(closed.body.message).toContain('was closed on');
    });

    it('answers 404 for an unknown process', async () => {
      const admin = await t.user([Role.ADMIN]);
      const res = await t
        .http()
        .patch('/api/processes/00000000-0000-4000-8000-000000000000')
        .set(admin.auth)
        .send({ searchWindowYears: 5 });
      expect(res.status).toBe(404);
    });
  });

  describe('GET /api/processes/:id/participants', () => {
    it('lists current and past panel seats and the searcher work, with names and dates', async () => {
      const w = await buildWorld(t);
      const second = await t.user([Role.PANEL], 'Robin Removed');
      await t
        .http()
        .post(`/api/processes/${w.processId}/panel`)
        .set(w.admin.auth)
        .send({ userId: second.id })
        .expect(201);
      await t
        .http()
        .delete(`/api/processes/${w.processId}/panel/${second.id}`)
        .set(w.admin.auth)
        .expect(204);
      const res = await t
        .http()
        .get(`/api/processes/${w.processId}/participants`)
        .set(w.admin.auth);
      expect(res.status).toBe(200);
      expect(res.body.panel).toEqual([
        expect.objectContaining({
          userId: w.panel.id,
          name: 'Pat Panel',
          current: true,
          removedAt: null,
          addedByName: w.admin.name,
        }),
        expect.objectContaining({
          userId: second.id,
          name: 'Robin Removed',
          current: false,
          removedAt: expect.any(String),
          removedByName: w.admin.name,
        }),
      ]);
      expect(res.body.searchers).toEqual([
        expect.objectContaining({ userId: w.validator.id, name: 'Val Validator', duty: 'POOL' }),
        expect.objectContaining({ userId: w.searcher.id, name: 'Sam Searcher', duty: 'ASSIGNED' }),
      ]);
      expect(res.body.searchers[0].since).toEqual(expect.any(String));
    });

    it('answers 404 for an unknown process', async () => {
      const admin = await t.user([Role.ADMIN]);
      await t
        .http()
        .get('/api/processes/00000000-0000-4000-8000-000000000000/participants')
        .set(admin.auth)
        .expect(404);
    });
  });
});
