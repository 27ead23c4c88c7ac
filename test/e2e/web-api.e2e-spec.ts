import { createHash } from 'node:crypto';
import { Role } from '../../src/auth/role.enum';
import { ALLOWED_METHODS, PROHIBITED_METHODS } from '../../src/policy/search-methods';
import {
  buildWorld,
  designatedSearcher,
  findingBody,
  redactAll,
  screened,
  searchEverything,
} from '../support/fixtures';
import { wellFormedPng } from '../support/evidence-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { auditSettled } from '../support/audit';

// Evidence is checked whole, so the upload must be a real PNG.
const PNG = wellFormedPng('web api evidence');
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('API for the web application', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists the lawful and prohibited search methods with their legal basis for every role', async () => {
    for (const role of [Role.PANEL, Role.SEARCHER, Role.RECORDS_CUSTODIAN]) {
      const u = await t.user([role]);
      const res = await t.http().get('/api/policy/methods').set(u.auth);
      expect(res.status).toBe(200);
      expect(res.body.lawful.map((m: { code: string }) => m.code)).toEqual(
        Object.keys(ALLOWED_METHODS),
      );
      expect(res.body.prohibited).toContainEqual({
        code: 'REQUEST_CREDENTIALS',
        lawful: false,
        basis: PROHIBITED_METHODS.REQUEST_CREDENTIALS,
      });
      expect(res.body.prohibited).toHaveLength(Object.keys(PROHIBITED_METHODS).length);
    }
    const searcher = await t.user([Role.SEARCHER]);
    const cats = await t.http().get('/api/policy/categories').set(searcher.auth);
    expect(cats.status).toBe(200);
    expect(cats.body.categories).toContainEqual({ code: 'OTHER', requiresJustification: true });
    expect(cats.body.categories).toContainEqual({
      code: 'THREATS_VIOLENCE',
      requiresJustification: false,
    });
    expect(cats.body.itemOutcomes).toContain('NOT_APPLICABLE');
  });

  it('gives ADMIN and AUDITOR a directory of id, name and roles only', async () => {
    const auditor = await t.user([Role.AUDITOR], 'Audrey Auditor');
    const someone = await t.user([Role.SEARCHER], 'Sid Directory');
    const res = await t.http().get('/api/users/directory').set(auditor.auth);
    expect(res.status).toBe(200);
    expect(res.body).toContainEqual({
      id: someone.id,
      name: 'Sid Directory',
      roles: [Role.SEARCHER],
    });
    for (const entry of res.body)
      expect(Object.keys(entry).sort()).toEqual(['id', 'name', 'roles']);
    expect(JSON.stringify(res.body)).not.toContain('@example.test');
  });

  it('lists every process with counts for AUDITOR and RECORDS_CUSTODIAN, without raw content', async () => {
    const w = await buildWorld(t, { candidates: 2 });
    await searchEverything(t, w);
    const custodian = await t.user([Role.RECORDS_CUSTODIAN]);
    // Before: the participant list shows a custodian nothing.
    expect((await t.http().get('/api/processes').set(custodian.auth)).body).toEqual([]);
    const auditor = await t.user([Role.AUDITOR]);
    for (const who of [custodian, auditor]) {
      const res = await t.http().get('/api/processes/summaries').set(who.auth);
      expect(res.status).toBe(200);
      const mine = res.body.find((p: { id: string }) => p.id === w.processId);
      expect(mine).toEqual({
        id: w.processId,
        title: 'Patrol Officer 2026',
        status: 'OPEN',
        createdAt: expect.any(String),
        checklistLockedAt: expect.any(String),
        closedAt: null,
        checklistVersion: 1,
        candidates: 2,
        vettings: { NOT_ASSIGNED: 1, ASSIGNED: 0, IN_PROGRESS: 1, SUBMITTED: 0, RELEASED: 0 },
        findings: 1,
        reportVersions: 0,
        activeLegalHolds: 0,
      });
      expect(JSON.stringify(res.body)).not.toMatch(/Jordan Doe|facebook\.com|bullet/);
    }
  });

  it('serves evidence to designated searchers of the process only, sandboxed and audited', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w);
    const upload = async (data: Buffer, name: string) => {
      const res = await t
        .http()
        .post(`/api/findings/${findingId}/evidence`)
        .set(w.searcher.auth)
        .attach('file', data, name);
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    const png = await upload(PNG, 'shot.png');
    const html = await upload(HTML, 'page.html');

    // The raw view lists each evidence file's id, type, size and SHA-256.
    const raw = await t.http().get(`/api/findings/${findingId}`).set(w.validator.auth);
    expect(raw.body.evidence).toEqual([
      { id: png, contentType: 'image/png', size: PNG.length, sha256: sha(PNG) },
      { id: html, contentType: 'text/html', size: HTML.length, sha256: sha(HTML) },
    ]);

    const image = await t
      .http()
      .get(`/api/evidence/${png}`)
      .set(w.validator.auth)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-disposition']).toMatch(/^inline; filename="evidence-.*\.png"$/);
    expect(image.headers['content-security-policy']).toBe('sandbox');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(image.body as Buffer, PNG)).toBe(0);

    const page = await t.http().get(`/api/evidence/${html}`).set(w.searcher.auth);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-disposition']).toMatch(
      /^attachment; filename="evidence-.*\.html"$/,
    );
    expect(page.headers['content-security-policy']).toBe('sandbox');
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    await auditSettled(t);
    const events = await t.db.query(
      `SELECT actor_id, subject_id FROM audit_events WHERE action = 'evidence.read.raw' ORDER BY seq`,
    );
    expect(events).toEqual([
      { actor_id: w.validator.id, subject_id: png },
      { actor_id: w.searcher.id, subject_id: html },
    ]);

    // A designated searcher outside the process: 404, like a missing id; other roles: 403.
    const outsider = await designatedSearcher(t, w.admin, 'Otto Outsider');
    const refused = await t.http().get(`/api/evidence/${png}`).set(outsider.auth);
    expect(refused.status).toBe(404);
    expect(refused.body.message).toBe('Evidence not found');
    const missing = await t
      .http()
      .get('/api/evidence/00000000-0000-4000-8000-000000000000')
      .set(outsider.auth);
    expect(missing.body).toEqual({ ...refused.body, requestId: missing.body.requestId });
    expect((await t.http().get(`/api/evidence/${png}`).set(w.panel.auth)).status).toBe(403);
    expect((await t.http().get(`/api/evidence/${png}`).set(w.admin.auth)).status).toBe(403);
    expect((await t.http().get('/api/evidence/not-a-uuid').set(w.searcher.auth)).status).toBe(400);
  });

  it("shows a searcher their vettings' progress, validations and filter reviews waiting for them", async () => {
    const w = await buildWorld(t);
    // Before: the vetting list is empty for a validator who is only in the pool.
    expect((await t.http().get('/api/vettings').set(w.validator.auth)).body).toEqual([]);
    const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, {
      excerpt: "I'm 52 and if he parks there again I will put a bullet in his truck.",
    });
    await screened(t, findingId, w.validator);

    const mine = await t.http().get('/api/me/work').set(w.searcher.auth);
    expect(mine.status).toBe(200);
    expect(mine.body.designationActive).toBe(true);
    expect(mine.body.vettings).toEqual([
      {
        vettingId: w.vettingIds[0],
        processId: w.processId,
        processTitle: 'Patrol Officer 2026',
        candidateId: expect.any(String),
        candidateName: 'Jordan Doe 0',
        status: 'IN_PROGRESS',
        itemsResolved: 3,
        itemsTotal: 3,
        findings: 1,
        assignedAt: expect.any(String),
        submittedAt: null,
        processClosedAt: null,
      },
    ]);
    // Not my own finding to validate.
    expect(mine.body.validations).toEqual([]);

    const theirs = await t.http().get('/api/me/work').set(w.validator.auth);
    expect(theirs.body.vettings).toEqual([]);
    expect(theirs.body.validations).toEqual([
      expect.objectContaining({ findingId, vettingId: w.vettingIds[0], processId: w.processId }),
    ]);
    expect(theirs.body.filterReviews).toEqual([
      expect.objectContaining({
        findingId,
        vettingId: w.vettingIds[0],
        processId: w.processId,
        textVersion: 1,
        flags: expect.any(Number),
      }),
    ]);
    expect(theirs.body.filterReviews[0].flags).toBeGreaterThan(0);

    await t
      .http()
      .post(`/api/findings/${findingId}/validations`)
      .set(w.validator.auth)
      .send({ status: 'VERIFIED', method: 'Photo cross-check', notes: 'Three identifiers match' })
      .expect(201);
    await redactAll(t, findingId, w.validator);
    const done = await t.http().get('/api/me/work').set(w.validator.auth);
    expect(done.body.validations).toEqual([]);
    expect(done.body.filterReviews).toEqual([]);

    // A second pool member sees the waiting work until their designation is revoked.
    const second = await designatedSearcher(t, w.admin, 'Sue Second');
    await t
      .http()
      .post(`/api/processes/${w.processId}/searchers`)
      .set(w.admin.auth)
      .send({ userId: second.id })
      .expect(201);
    const f2 = await t
      .http()
      .post(`/api/vettings/${w.vettingIds[0]}/findings`)
      .set(w.searcher.auth)
      .send({ ...findingBody(), excerpt: 'Another post about the truck.' });
    expect(f2.status).toBe(201);
    const before = await t.http().get('/api/me/work').set(second.auth);
    expect(before.body.validations.map((v: { findingId: string }) => v.findingId)).toEqual([
      f2.body.id,
    ]);
    await t
      .http()
      .delete(`/api/users/${second.id}/designation`)
      .set(w.admin.auth)
      .send({ reason: 'Left the unit' })
      .expect(200);
    const revoked = await t.http().get('/api/me/work').set(second.auth);
    expect(revoked.body).toEqual({
      designationActive: false,
      vettings: [],
      validations: [],
      filterReviews: [],
    });
  });
});
