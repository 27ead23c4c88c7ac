import { Role } from '../../src/auth/role.enum';
import { buildWorld, readyToRelease, release, searchEverything } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { auditQuery } from '../support/audit';

/**
 * Security review, defect 5: a seated ADMIN must not step around the panel rule. Nobody changes
 * their own seat; a current or past seat bars every vetting route of that process, and the
 * refusal is a plain 404 that names no finding and nothing else about the vetting.
 */
describe('a decision maker who is also an administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const denials = (action: string, actorId: string) =>
    auditQuery<{ details: Record<string, unknown>; subject_id: string }[]>(
      t,
      `SELECT details, subject_id FROM audit_events
        WHERE action = $1 AND outcome = 'DENIED' AND actor_id = $2 ORDER BY seq`,
      [action, actorId],
    );

  const expectPlain404 = (
    res: { status: number; body: { message?: string } },
    what: string,
    secrets: string[],
  ) => {
    expect(res.status).toBe(404);
    expect(res.body.message).toBe(`${what} not found`);
    for (const s of secrets) expect(JSON.stringify(res.body)).not.toContain(s);
  };

  it('cannot remove or add their own seat, and a current or past seat hides every vetting of the process', async () => {
    const w = await buildWorld(t, { candidates: 2 });
    // An unvalidated finding: the release gate would list its id.
    const findingId = await searchEverything(t, w);
    const chair: TestUser = await t.user([Role.ADMIN, Role.PANEL], 'Chair Admin');
    await t
      .http()
      .post(`/api/processes/${w.processId}/panel`)
      .set(w.admin.auth)
      .send({ userId: chair.id })
      .expect(201);
    const [vettingId, other] = w.vettingIds;
    const secrets = [findingId, 'facebook', w.searcher.id, 'Jordan Doe'];

    const vettingRoutes = () => [
      t.http().post(`/api/vettings/${vettingId}/release`).set(chair.auth),
      t.http().get(`/api/vettings/${vettingId}`).set(chair.auth),
      t
        .http()
        .post(`/api/vettings/${other}/assignment`)
        .set(chair.auth)
        .send({ searcherId: w.searcher.id }),
    ];

    // Seated: every vetting route of the process answers a plain 404.
    for (const res of await Promise.all(vettingRoutes())) expectPlain404(res, 'Vetting', secrets);
    const list = await t.http().get('/api/vettings').set(chair.auth).expect(200);
    expect(list.body.filter((v: { processId: string }) => v.processId === w.processId)).toEqual([]);

    // Nobody changes their own seat: removing it is refused (403), audited, and the seat stays.
    const leave = await t
      .http()
      .delete(`/api/processes/${w.processId}/panel/${chair.id}`)
      .set(chair.auth);
    expect(leave.status).toBe(403);
    expect(leave.body.message).toMatch(/nobody adds or removes their own panel seat/i);
    const [{ seated }] = await t.db.query<{ seated: number }[]>(
      `SELECT count(*)::int AS seated FROM panel_members WHERE process_id = $1 AND user_id = $2 AND removed_at IS NULL`,
      [w.processId, chair.id],
    );
    expect(seated).toBe(1);
    expect(await denials('panel.remove', chair.id)).toEqual([
      expect.objectContaining({
        subject_id: w.processId,
        details: expect.objectContaining({ rule: 'own-panel-seat', userId: chair.id }),
      }),
    ]);

    // Another administrator removes the seat: a past seat bars the vettings just the same.
    await t
      .http()
      .delete(`/api/processes/${w.processId}/panel/${chair.id}`)
      .set(w.admin.auth)
      .expect(204);
    for (const res of await Promise.all(vettingRoutes())) expectPlain404(res, 'Vetting', secrets);
    const after = await t.http().get('/api/vettings').set(chair.auth).expect(200);
    expect(after.body.filter((v: { processId: string }) => v.processId === w.processId)).toEqual(
      [],
    );
    // The vettings of other processes stay visible to the admin.
    const elsewhere = await buildWorld(t);
    const theirs = await t.http().get('/api/vettings').set(chair.auth).expect(200);
    expect(theirs.body.map((v: { id: string }) => v.id)).toContain(elsewhere.vettingIds[0]);

    // Nor may they seat themselves again.
    const back = await t
      .http()
      .post(`/api/processes/${w.processId}/panel`)
      .set(chair.auth)
      .send({ userId: chair.id });
    expect(back.status).toBe(403);
    expect(back.body.message).toMatch(/nobody adds or removes their own panel seat/i);
    expect(await denials('panel.add', chair.id)).toHaveLength(1);
    const denied = await denials('report.release.request', chair.id);
    expect(denied.length).toBeGreaterThanOrEqual(2);
    for (const d of denied) expect(JSON.stringify(d)).not.toContain(findingId);
  });

  it('a past panel member gets 404 for the release status too, and the release itself still works for others', async () => {
    const w = await buildWorld(t);
    const findingId = await readyToRelease(t, w);
    const done = await release(t, w.vettingIds[0], w.admin);
    const [{ id: releaseId }] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM report_releases WHERE vetting_id = $1`,
      [w.vettingIds[0]],
    );
    const chair = await t.user([Role.ADMIN, Role.PANEL]);
    await t
      .http()
      .post(`/api/processes/${w.processId}/panel`)
      .set(w.admin.auth)
      .send({ userId: chair.id })
      .expect(201);
    // A seated member reads the released report as the panel does...
    const reports = await t.http().get(`/api/processes/${w.processId}/reports`).set(chair.auth);
    expect(reports.status).toBe(200);
    expect(reports.body).toHaveLength(1);
    // ...but nothing of the release behind it.
    expectPlain404(
      await t.http().get(`/api/report-releases/${releaseId}`).set(chair.auth),
      'Release',
      [findingId, done.sha256],
    );
    await t
      .http()
      .delete(`/api/processes/${w.processId}/panel/${chair.id}`)
      .set(w.admin.auth)
      .expect(204);
    expectPlain404(
      await t.http().get(`/api/report-releases/${releaseId}`).set(chair.auth),
      'Release',
      [findingId, done.sha256],
    );
    // An administrator who never sat on the panel still sees it.
    const status = await t.http().get(`/api/report-releases/${releaseId}`).set(w.admin.auth);
    expect(status.status).toBe(200);
    expect(status.body.sha256).toBe(done.sha256);
  });
});
