import { randomUUID } from 'node:crypto';
import { ACCESS_TABLE } from '../../src/auth/access-table';
import { Role } from '../../src/auth/role.enum';
import { RAW_READ_ACTION } from '../../src/findings/raw-read.audit';
import { buildWorld, screened, searchEverything, World } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { wellFormedPdf } from '../support/evidence-fixtures';
import { auditSettled } from '../support/audit';

/** Planted in every raw field: a response that carries any of them carries raw finding content. */
const RAW = {
  sourceUrl: 'https://www.facebook.com/rawtoken.profile/posts/1',
  excerpt: 'RawExcerptToken: if he parks there again I will slash his tyres.',
  summary: 'RawSummaryToken: threat against a neighbour.',
  mitigation: 'RawMitigationToken',
  identityMatches: [
    { type: 'NAME', detail: 'RawIdentityToken name' },
    { type: 'PHOTO', detail: 'RawIdentityToken photo' },
    { type: 'LOCATION', detail: 'RawIdentityToken town' },
  ],
};
const RAW_TOKENS =
  /RawExcerptToken|RawSummaryToken|RawMitigationToken|RawIdentityToken|rawtoken|RawNotesToken/;

/** Security review, defect 8: every response carrying raw finding content is audited. */
describe('raw reads are audited, whichever route returns them', () => {
  let t: TestApp;
  let w: World;
  let findingId: string;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, RAW);
  });
  afterAll(() => t.close());

  const rawReads = async (who: TestUser, via?: string) => {
    await auditSettled(t);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE action = $1 AND subject_id = $2 AND actor_id = $3 AND ($4::text IS NULL OR details->>'via' = $4)`,
      [RAW_READ_ACTION, findingId, who.id, via ?? null],
    );
    return n as number;
  };

  it('the finding-creating answer is a raw read', async () => {
    expect(await rawReads(w.searcher, 'finding.create')).toBe(1);
  });

  it.each([
    ['GET /api/findings/:id', 'finding.read', () => t.http().get(`/api/findings/${findingId}`)],
    // The reported hole: an empty PATCH answered with the raw finding and wrote nothing.
    [
      'PATCH /api/findings/:id {}',
      'finding.text.update',
      () => t.http().patch(`/api/findings/${findingId}`).send({}),
    ],
    [
      'PATCH /api/findings/:id (a change)',
      'finding.text.update',
      () =>
        t
          .http()
          .patch(`/api/findings/${findingId}`)
          .send({ mitigation: 'RawMitigationToken, edited' }),
    ],
    [
      'GET /api/vettings/:id (assigned searcher)',
      'vetting.read',
      () => t.http().get(`/api/vettings/${w.vettingIds[0]}`),
    ],
    [
      'POST /api/findings/:id/evidence',
      'evidence.upload',
      () =>
        t
          .http()
          .post(`/api/findings/${findingId}/evidence`)
          .attach('file', wellFormedPdf('raw token evidence'), 'e.pdf'),
    ],
  ])('%s writes one raw-read event', async (_route, via, call) => {
    const before = await rawReads(w.searcher, via);
    const res = await call().set(w.searcher.auth);
    expect(res.status).toBeLessThan(300);
    expect(await rawReads(w.searcher, via)).toBe(before + 1);
  });

  it('validation, screening and filter-review answers are raw reads too', async () => {
    const v = await t
      .http()
      .post(`/api/findings/${findingId}/validations`)
      .set(w.validator.auth)
      .send({ status: 'VERIFIED', method: 'Photo cross-check', notes: 'RawNotesToken' });
    expect(v.status).toBe(201);
    expect(await rawReads(w.validator, 'finding.validate')).toBe(1);
    const { flags } = await screened(t, findingId, w.validator);
    expect(await rawReads(w.validator, 'screening.read')).toBeGreaterThanOrEqual(1);
    const review = await t
      .http()
      .post(`/api/findings/${findingId}/filter-review`)
      .set(w.validator.auth)
      .send({
        decisions: flags.map((f) => ({ flagId: f.id, action: 'REDACT' })),
        readAllFieldsConfirmed: true,
      });
    expect(review.status).toBe(201);
    expect(await rawReads(w.validator, 'filter.review')).toBe(1);
  });

  it('no GET route open to a searcher returns raw content without a raw-read event', async () => {
    const getRoutes = Object.entries(ACCESS_TABLE)
      .filter(
        ([route, roles]) =>
          route.startsWith('GET ') && roles !== 'PUBLIC' && roles.includes(Role.SEARCHER),
      )
      .map(([route]) => route.slice(4));
    expect(getRoutes).toContain('/api/findings/:id');
    const idFor = (path: string) =>
      path.startsWith('/api/findings/')
        ? findingId
        : path.startsWith('/api/vettings/')
          ? w.vettingIds[0]
          : path.startsWith('/api/processes/')
            ? w.processId
            : randomUUID();
    const carrying: string[] = [];
    for (const route of getRoutes) {
      const path = route.replace(/:[a-zA-Z]+/g, () => idFor(route));
      const before = await rawReads(w.searcher);
      const res = await t.http().get(path).set(w.searcher.auth);
      if (!RAW_TOKENS.test(JSON.stringify(res.body))) continue;
      carrying.push(route);
      expect({ route, audited: (await rawReads(w.searcher)) > before }).toEqual({
        route,
        audited: true,
      });
    }
    // The check is not vacuous: the raw routes were found carrying the planted content.
    expect(carrying).toEqual(expect.arrayContaining(['/api/findings/:id', '/api/vettings/:id']));
  });
});
