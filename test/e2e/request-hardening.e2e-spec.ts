import { Role } from '../../src/auth/role.enum';
import { buildWorld, itemBody } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { auditSettled } from '../support/audit';

const nested = (levels: number, inner = '') => '['.repeat(levels) + inner + ']'.repeat(levels);

describe('defect 7: deeply nested JSON is refused before validation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers the 10 KB, 5,000-level repro with 400 and our error shape, without signing in', async () => {
    const body = `{"email":${nested(5000)},"password":"x"}`;
    expect(body.length).toBeGreaterThan(10_000);
    const res = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'JSON nested deeper than 32 levels',
      requestId: expect.any(String),
    });
    // The server is still answering normally afterwards.
    expect((await t.http().get('/health/live')).status).toBe(200);
  });

  it('refuses 33 levels and lets 32 through to validation', async () => {
    // The body object is level 1, so 31 nested arrays in a field make 32 levels.
    const at = (levels: number) =>
      t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json')
        .send(`{"email":"someone@example.test","password":${nested(levels - 1, '"x"')}}`);
    const deep = await at(33);
    expect(deep.status).toBe(400);
    expect(deep.body.message).toBe('JSON nested deeper than 32 levels');
    const limit = await at(32);
    expect(limit.status).toBe(400);
    expect(limit.body.message).toMatch(/password must be a string/);
    expect(limit.body.message).not.toMatch(/nested/);
  });
});

describe('text the database cannot hold is refused at the door, on every JSON route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a NUL or a lone surrogate in fields no DTO checks, naming the path, and stores nothing', async () => {
    const w = await buildWorld(t);
    const item = `/api/vettings/${w.vettingIds[0]}/items/google`;
    const terms = await t
      .http()
      .put(item)
      .set(w.searcher.auth)
      .send(itemBody('NO_FINDINGS', { searchTerms: ['ok', 'bad\u0000term'] }));
    expect(terms.status).toBe(400);
    expect(terms.body.message).toBe(
      'searchTerms[1] contains a NUL character (U+0000) at offset 3; text must be well-formed Unicode without NUL characters',
    );
    const notes = await t
      .http()
      .put(item)
      .set(w.searcher.auth)
      .send(itemBody('NO_FINDINGS', { notes: 'half \ud83d' }));
    expect(notes.status).toBe(400);
    expect(notes.body.message).toMatch(/^notes contains a lone surrogate/);
    const vetting = await t.http().get(`/api/vettings/${w.vettingIds[0]}`).set(w.searcher.auth);
    expect(JSON.stringify(vetting.body)).not.toContain('bad');
    // The same body, well formed, is accepted.
    await t.http().put(item).set(w.searcher.auth).send(itemBody('NO_FINDINGS')).expect(200);
  });
});

describe('OpenAPI document: private unless DOCS_PUBLIC=true', () => {
  describe('by default', () => {
    let t: TestApp;
    let admin: TestUser;
    let auditor: TestUser;
    beforeAll(async () => {
      t = await startTestApp();
      admin = await t.user([Role.ADMIN]);
      auditor = await t.user([Role.AUDITOR]);
    });
    afterAll(() => t.close());

    it('needs a signed-in ADMIN for /docs-json and /docs', async () => {
      for (const path of ['/docs-json', '/docs', '/docs-yaml']) {
        const anonymous = await t.http().get(path);
        expect({ path, status: anonymous.status }).toEqual({ path, status: 401 });
        expect(anonymous.body.message).toMatch(/bearer token/);
        const other = await t.http().get(path).set(auditor.auth);
        expect({ path, status: other.status }).toEqual({ path, status: 403 });
      }
      const forged = await t.http().get('/docs-json').set('Authorization', 'Bearer not.a.token');
      expect(forged.status).toBe(401);
      const docs = await t.http().get('/docs-json').set(admin.auth);
      expect(docs.status).toBe(200);
      expect(docs.body.paths['/api/auth/password']).toBeDefined();
      expect((await t.http().get('/docs').set(admin.auth).redirects(1)).status).toBe(200);
    });

    it('audits the refusal of a non-admin', async () => {
      await t.http().get('/docs-json').set(auditor.auth).expect(403);
      await auditSettled(t);
      const [event] = await t.db.query(
        `SELECT subject_id, outcome FROM audit_events
          WHERE action = 'authorization.denied' AND actor_id = $1 ORDER BY seq DESC LIMIT 1`,
        [auditor.id],
      );
      expect(event).toEqual({ subject_id: 'GET /docs-json', outcome: 'DENIED' });
    });
  });

  describe('with DOCS_PUBLIC=true', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ DOCS_PUBLIC: 'true' });
    });
    afterAll(() => t.close());

    it('serves the document without a token', async () => {
      const docs = await t.http().get('/docs-json');
      expect(docs.status).toBe(200);
      expect(docs.body.components.securitySchemes.bearer).toBeDefined();
    });
  });
});
