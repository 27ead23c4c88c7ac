import { Role } from '../../src/auth/role.enum';
import { buildWorld, release, screened, searchEverything } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/** The uniformity report over records made by the real workflow (search, screen, review, release). */
describe('uniformity report over the real workflow', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows the released candidate, the KEEP decision, and the unreleased one as a deviation', async () => {
    const w = await buildWorld(t, { candidates: 2 });
    const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, {
      category: 'BIAS_HARASSMENT',
      excerpt: 'He wrote that all Muslims should be deported.',
      summary: 'Post calling for deporting a religious group.',
    });
    await t
      .http()
      .post(`/api/findings/${findingId}/validations`)
      .set(w.validator.auth)
      .send({ status: 'VERIFIED', method: 'Photo cross-check', notes: 'Matches' })
      .expect(201);
    await t.http().post(`/api/vettings/${w.vettingIds[0]}/submit`).set(w.searcher.auth).expect(200);
    const { flags } = await screened(t, findingId, w.validator);
    await t
      .http()
      .post(`/api/findings/${findingId}/filter-review`)
      .set(w.validator.auth)
      .send({
        readAllFieldsConfirmed: true,
        decisions: flags.map((f) => ({
          flagId: f.id,
          action: 'KEEP',
          justification: 'Bias against a religious group is the conduct at issue',
        })),
      })
      .expect(201);
    const r = await release(t, w.vettingIds[0], w.admin);

    const auditor = await t.user([Role.AUDITOR]);
    const res = await t.http().get(`/api/processes/${w.processId}/uniformity`).set(auditor.auth);
    expect(res.status).toBe(200);
    const released = res.body.candidates.find(
      (c: { vettingId: string }) => c.vettingId === w.vettingIds[0],
    );
    expect(released).toMatchObject({
      itemsResolved: 3,
      itemsTotal: 3,
      searchesLogged: 3,
      validation: { verified: 1 },
      withheldFromPanel: 0,
      protectedClassFlags: { kept: flags.length, redacted: 0 },
      release: { status: 'RELEASED', version: r.version },
    });
    expect(res.body.keepDecisions).toEqual([
      expect.objectContaining({
        flagClass: 'RELIGION',
        keptText: 'Muslims',
        justification: 'Bias against a religious group is the conduct at issue',
        reviewer: { id: w.validator.id, name: 'Val Validator' },
      }),
    ]);
    expect(
      res.body.deviations.map((d: { kind: string; vettingId: string }) => [d.kind, d.vettingId]),
    ).toEqual([['NOT_ASSIGNED', w.vettingIds[1]]]);
    expect(res.body.separationOfDuties).toEqual([]);
  });
});
