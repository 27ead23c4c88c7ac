import { Role } from '../../src/auth/role.enum';
import { buildWorld, designation, searchEverything } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { auditQuery, auditSettled } from '../support/audit';

/**
 * Separation of duties, three gaps left after the security review: a seated administrator's
 * candidate response, an overseer role for a past panel member, and self-designation.
 */
describe('separation of duties: candidate responses, overseer grants, designations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const denials = (action: string, subjectId: string) =>
    auditQuery<{ details: Record<string, unknown>; actor_id: string }[]>(
      t,
      `SELECT details, actor_id FROM audit_events
        WHERE action = $1 AND outcome = 'DENIED' AND subject_id = $2 ORDER BY seq`,
      [action, subjectId],
    );
  const responseBody = () => ({
    receivedAt: new Date().toISOString(),
    text: 'ResponseCanary: that post was a quote from a film.',
  });
  const seat = (w: { admin: TestUser; processId: string }, userId: string) =>
    t
      .http()
      .post(`/api/processes/${w.processId}/panel`)
      .set(w.admin.auth)
      .send({ userId })
      .expect(201);
  const unseat = (w: { admin: TestUser; processId: string }, userId: string) =>
    t.http().delete(`/api/processes/${w.processId}/panel/${userId}`).set(w.admin.auth).expect(204);

  it('an administrator who sits or sat on the panel gets a plain 404 for a candidate response, and nothing is written', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w);
    const chair = await t.user([Role.ADMIN, Role.PANEL], 'Chair Admin');
    await seat(w, chair.id);
    const textVersion = async () =>
      (
        await t.db.query<{ v: number }[]>(`SELECT text_version AS v FROM findings WHERE id = $1`, [
          findingId,
        ])
      )[0].v;
    const before = await textVersion();
    const missing = await t
      .http()
      .post(`/api/findings/00000000-0000-4000-8000-000000000000/candidate-response`)
      .set(chair.auth)
      .send(responseBody());
    expect(missing.status).toBe(404);

    const tryRespond = () =>
      t
        .http()
        .post(`/api/findings/${findingId}/candidate-response`)
        .set(chair.auth)
        .send(responseBody());
    for (const when of ['seated', 'past seat']) {
      if (when === 'past seat') await unseat(w, chair.id);
      const res = await tryRespond();
      // The same answer as for a finding that does not exist; nothing about the finding.
      expect({ when, status: res.status, message: res.body.message }).toEqual({
        when,
        status: 404,
        message: missing.body.message,
      });
      expect(JSON.stringify(res.body)).not.toContain(findingId);
    }
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM candidate_responses WHERE finding_id = $1`,
      [findingId],
    );
    expect(n).toBe(0);
    expect(await textVersion()).toBe(before);
    const denied = await denials('finding.candidate_response', findingId);
    expect(denied).toHaveLength(2);
    for (const d of denied) {
      expect(d.actor_id).toBe(chair.id);
      expect(d.details).toMatchObject({ rule: 'not-found-or-no-access', why: 'panel-seat' });
    }

    // An administrator who never sat on this panel still records the response.
    const ok = await t
      .http()
      .post(`/api/findings/${findingId}/candidate-response`)
      .set(w.admin.auth)
      .send(responseBody());
    expect(ok.status).toBe(201);
    expect(ok.body.textVersion).toBe(before + 1);
  });

  it('a seat and a candidate response racing: a response never lands after its author was seated (10 rounds)', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w);
    for (let round = 0; round < 10; round++) {
      const a = await t.user([Role.ADMIN, Role.PANEL]);
      const [seated, res] = await Promise.all([
        t
          .http()
          .post(`/api/processes/${w.processId}/panel`)
          .set(w.admin.auth)
          .send({ userId: a.id }),
        t
          .http()
          .post(`/api/findings/${findingId}/candidate-response`)
          .set(a.auth)
          .send(responseBody()),
      ]);
      expect(seated.status).toBe(201);
      expect([201, 404]).toContain(res.status);
      // The audit chain is appended in commit order: a response after the seat is a breach.
      await auditSettled(t);
      const events = await t.db.query<{ action: string }[]>(
        `SELECT action FROM audit_events
          WHERE outcome = 'ALLOWED'
            AND ((action = 'panel.add' AND details->>'userId' = $1)
              OR (action = 'finding.candidate_response' AND actor_id::text = $1))
          ORDER BY seq`,
        [a.id],
      );
      expect(events.map((e) => e.action)).toEqual(
        res.status === 201 ? ['finding.candidate_response', 'panel.add'] : ['panel.add'],
      );
    }
  });

  it('someone who ever sat on a panel cannot be granted AUDITOR or RECORDS_CUSTODIAN; audited', async () => {
    const w = await buildWorld(t);
    const admin = w.admin;
    const former = await t.user([Role.PANEL], 'Former Panelist');
    await seat(w, former.id);
    await unseat(w, former.id);
    for (const overseer of [Role.RECORDS_CUSTODIAN, Role.AUDITOR]) {
      const res = await t
        .http()
        .patch(`/api/users/${former.id}`)
        .set(admin.auth)
        .send({ roles: [Role.PANEL, overseer] });
      expect({ overseer, status: res.status }).toEqual({ overseer, status: 409 });
      expect(res.body.message).toMatch(/Separation of duties: this user sat on a hiring panel/);
      expect(res.body.message).toContain(overseer);
    }
    const me = await t.http().get(`/api/users/${former.id}`).set(admin.auth).expect(200);
    expect(me.body.roles).toEqual([Role.PANEL]);
    const denied = await denials('user.update', former.id);
    expect(denied.map((d) => d.details.rule)).toEqual([
      'separation-of-duties',
      'separation-of-duties',
    ]);
    // Their old token cannot export the process they sat on.
    const exp = await t
      .http()
      .post('/api/exports')
      .set(former.auth)
      .send({ scope: { processId: w.processId }, kind: 'E_DISCOVERY' });
    expect(exp.status).toBe(403);
    // Someone who never sat on a panel may still be granted it.
    const clean = await t.user([Role.PANEL]);
    const granted = await t
      .http()
      .patch(`/api/users/${clean.id}`)
      .set(admin.auth)
      .send({ roles: [Role.PANEL, Role.RECORDS_CUSTODIAN] });
    expect(granted.status).toBe(200);
  });

  it('nobody designates themselves or revokes their own designation; audited', async () => {
    const self = await t.user([Role.ADMIN, Role.SEARCHER], 'Self Designator');
    const other = await t.user([Role.ADMIN]);
    const grant = await t
      .http()
      .post(`/api/users/${self.id}/designation`)
      .set(self.auth)
      .send(designation());
    expect(grant.status).toBe(403);
    expect(grant.body.message).toMatch(/nobody designates themselves/i);
    const rows = () =>
      t.db.query<{ revoked_at: Date | null }[]>(
        `SELECT revoked_at FROM searcher_designations WHERE user_id = $1`,
        [self.id],
      );
    expect(await rows()).toHaveLength(0);
    const current = await t.http().get(`/api/users/${self.id}`).set(other.auth).expect(200);
    expect(current.body.roles).toEqual([Role.ADMIN, Role.SEARCHER]);

    // Another administrator designates them; they may not revoke it themselves either.
    await t
      .http()
      .post(`/api/users/${self.id}/designation`)
      .set(other.auth)
      .send(designation())
      .expect(201);
    const revoke = await t
      .http()
      .delete(`/api/users/${self.id}/designation`)
      .set(self.auth)
      .send({ reason: 'stepping down' });
    expect(revoke.status).toBe(403);
    expect(revoke.body.message).toMatch(/nobody designates themselves/i);
    expect((await rows()).map((r) => r.revoked_at)).toEqual([null]);
    expect(
      (await denials('designation.grant', self.id)).map((d) => [d.actor_id, d.details.rule]),
    ).toEqual([[self.id, 'own-designation']]);
    expect(
      (await denials('designation.revoke', self.id)).map((d) => [d.actor_id, d.details.rule]),
    ).toEqual([[self.id, 'own-designation']]);
    await t
      .http()
      .delete(`/api/users/${self.id}/designation`)
      .set(other.auth)
      .send({ reason: 'stepping down' })
      .expect(200);
  });
});
