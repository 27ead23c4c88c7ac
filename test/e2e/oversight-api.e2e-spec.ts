import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Role } from '../../src/auth/role.enum';
import { neutraliseCell } from '../../src/common/csv';
import { auditSettled } from '../support/audit';
import {
  buildWorld,
  findingBody,
  readyToRelease,
  redactAll,
  release,
  screened,
  searchEverything,
} from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

/**
 * The oversight routes the web pages use: the panel's report as a PDF, the deviations CSV,
 * and "Verify now" recorded in the verification history.
 */
const PLANTED = ['AA sponsor', "I'm 52", 'went to mass', 'wheelchair'];
const canary = {
  summary:
    'Threatened a neighbour; mentions my AA sponsor drove him home. More at https://canary-link.example/a',
  excerpt:
    "I'm 52 and I went to mass today, but if he parks there again I will burn his truck. DM @canary_handle",
  mitigation: 'Wrote it while stuck in my wheelchair after surgery, see www.canarywww.example/p',
  sourceUrl: 'https://www.facebook.com/canary.profile/posts/987654',
};
const LEAKS =
  /https?:|www\.|canary-link|canarywww|canary_handle|canary\.profile|WithheldSummaryCanary|WithheldExcerptCanary|Sam Searcher|Val Validator/;

function binary(req: import('supertest').Test) {
  return req.buffer(true).parse((res, done) => {
    const parts: Buffer[] = [];
    res.on('data', (c: Buffer) => parts.push(c));
    res.on('end', () => done(null, Buffer.concat(parts)));
  });
}

/** The PDF's text per page, as poppler's pdftotext reads it (pages split on form feeds). */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cybervet-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return text.split('\f').filter((p) => p.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('oversight routes', () => {
  let t: TestApp;
  let auditor: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    auditor = await t.user([Role.AUDITOR], 'Aud Auditor');
  });
  afterAll(() => t.close());

  describe('GET /api/reports/:id/pdf', () => {
    it('gives the panel its report as a PDF: every reported finding, version, release time and hash on every page, nothing withheld', async () => {
      const w = await buildWorld(t);
      const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, canary);
      // A second, refuted finding: withheld from the panel, and the PDF must not show it.
      const withheld = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/findings`)
        .set(w.searcher.auth)
        .send(findingBody({ summary: 'WithheldSummaryCanary', excerpt: 'WithheldExcerptCanary' }));
      expect(withheld.status).toBe(201);
      for (const [id, status] of [
        [findingId, 'VERIFIED'],
        [withheld.body.id as string, 'REFUTED'],
      ]) {
        await t
          .http()
          .post(`/api/findings/${id}/validations`)
          .set(w.validator.auth)
          .send({ status, method: 'Photo cross-check', notes: 'Checked' })
          .expect(201);
      }
      await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/submit`)
        .set(w.searcher.auth)
        .expect(200);
      await screened(t, withheld.body.id, w.validator);
      await t
        .http()
        .post(`/api/findings/${findingId}/candidate-response`)
        .set(w.admin.auth)
        .send({ receivedAt: new Date().toISOString(), text: 'I regret the post deeply.' })
        .expect(201);
      await redactAll(t, findingId, w.validator);
      const r = await release(t, w.vettingIds[0], w.admin);

      const json = await t.http().get(`/api/reports/${r.reportVersionId}`).set(w.panel.auth);
      expect(json.status).toBe(200);
      const res = await binary(
        t.http().get(`/api/reports/${r.reportVersionId}/pdf`).set(w.panel.auth),
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.pdf"$/);
      const pdf = res.body as Buffer;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThanOrEqual(1);
      pages.forEach((page, i) => {
        const text = flat(page);
        expect(text).toContain(`Report version ${r.version}`);
        expect(text).toContain(json.body.releasedAt);
        expect(text).toContain(r.sha256);
        expect(text).toContain('Confidential: hiring panel');
        expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      });
      const all = flat(pages.join('\n'));
      expect(json.body.findings).toHaveLength(1);
      for (const f of json.body.findings as {
        summary: string;
        excerpt: string;
        mitigation: string;
        candidateResponse: { text: string };
      }[]) {
        // What the panel's JSON carries (filtered, links withheld) is what the PDF prints.
        expect(all).toContain(flat(f.summary));
        expect(all).toContain(flat(f.excerpt));
        expect(all).toContain(flat(f.mitigation));
        expect(all).toContain(flat(f.candidateResponse.text));
      }
      expect(all).toContain('Threats violence');
      expect(all).toContain('[withheld]');
      for (const phrase of PLANTED) expect(all).not.toContain(phrase);
      expect(all).not.toMatch(LEAKS);

      await auditSettled(t);
      const views = await t.db.query(
        `SELECT actor_id, details FROM audit_events
          WHERE action = 'report.view' AND subject_id = $1 ORDER BY seq`,
        [r.reportVersionId],
      );
      expect(views).toEqual([
        { actor_id: w.panel.id, details: expect.not.objectContaining({ format: 'pdf' }) },
        {
          actor_id: w.panel.id,
          details: expect.objectContaining({ format: 'pdf', version: r.version }),
        },
      ]);
    });

    it('follows the JSON read: 404 to the panel of another process and for a superseded version, 403 to other roles', async () => {
      const w = await buildWorld(t);
      await readyToRelease(t, w);
      const r = await release(t, w.vettingIds[0], w.admin);
      const other = await buildWorld(t);
      const path = `/api/reports/${r.reportVersionId}/pdf`;
      expect((await t.http().get(path).set(other.panel.auth)).status).toBe(404);
      expect(
        (await t.http().get(`/api/reports/${r.reportVersionId}`).set(other.panel.auth)).status,
      ).toBe(404);
      expect((await t.http().get(path).set(auditor.auth)).status).toBe(403);
      expect((await t.http().get(path).set(w.admin.auth)).status).toBe(403);
      expect((await t.http().get(path)).status).toBe(401);
      expect((await t.http().get('/api/reports/not-a-uuid/pdf').set(w.panel.auth)).status).toBe(
        400,
      );
      // A new version supersedes the first: the panel reads only the latest, in PDF too.
      const r2 = await release(t, w.vettingIds[0], w.admin);
      expect((await t.http().get(path).set(w.panel.auth)).status).toBe(404);
      expect(
        (await binary(t.http().get(`/api/reports/${r2.reportVersionId}/pdf`).set(w.panel.auth)))
          .status,
      ).toBe(200);
      await auditSettled(t);
      const refused = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_events
          WHERE subject_id = $1 AND outcome = 'DENIED' AND actor_id = $2`,
        [r.reportVersionId, other.panel.id],
      );
      expect(refused[0].n).toBeGreaterThanOrEqual(2);
    });
  });

  describe('deviations CSV', () => {
    it('lists every deviation with the candidate named, formula-safe, beside the candidate rows', async () => {
      const w = await buildWorld(t, { candidates: 2 });
      const evil = await t
        .http()
        .post(`/api/processes/${w.processId}/candidates`)
        .set(w.admin.auth)
        .send({
          fullName: '=HYPERLINK("http://evil.example","x")',
          dateOfBirth: '1990-01-01',
          city: 'Grafton',
          state: 'WI',
          consentRecordedAt: new Date(Date.now() - 864e5).toISOString(),
        });
      expect(evil.status).toBe(201);
      await readyToRelease(t, w);
      await release(t, w.vettingIds[0], w.admin);
      const url = `/api/processes/${w.processId}/uniformity`;
      const report = (await t.http().get(url).set(auditor.auth).expect(200)).body;
      expect(report.deviations.length).toBeGreaterThanOrEqual(2);

      const res = await t
        .http()
        .get(url)
        .query({ format: 'csv', table: 'deviations' })
        .set(auditor.auth);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(/uniformity-deviations-/);
      const rows = parse<Record<string, string>>(res.text, { columns: true });
      expect(Object.keys(rows[0])).toEqual([
        'kind',
        'candidateId',
        'candidateName',
        'vettingId',
        'explanation',
      ]);
      // Cells a spreadsheet would run as a formula (here, the name opening an explanation) are
      // neutralised as in every CSV the service writes.
      expect(rows.map((r) => [r.kind, r.candidateId, r.explanation])).toEqual(
        report.deviations.map((d: { kind: string; candidateId: string; explanation: string }) => [
          d.kind,
          d.candidateId,
          neutraliseCell(d.explanation).value,
        ]),
      );
      expect(rows.map((r) => r.explanation)).toContain(
        `'=HYPERLINK("http://evil.example","x") was never assigned a searcher, while 1 other candidate in this process has a released report.`,
      );
      const evilRow = rows.find((r) => r.vettingId === evil.body.id);
      expect(evilRow?.candidateName).toBe(`'=HYPERLINK("http://evil.example","x")`);
      expect(res.text).not.toMatch(/(^|,)=HYPERLINK/m);

      const candidates = await t.http().get(url).query({ format: 'csv' }).set(auditor.auth);
      expect(parse(candidates.text, { columns: true })).toHaveLength(3);
      const explicit = await t
        .http()
        .get(url)
        .query({ format: 'csv', table: 'candidates' })
        .set(auditor.auth);
      expect(explicit.text).toBe(candidates.text);

      const json = await t.http().get(url).query({ table: 'deviations' }).set(auditor.auth);
      expect(json.status).toBe(400);
      expect(json.body.message).toMatch(/table applies only with format=csv/);
      const bad = await t.http().get(url).query({ format: 'csv', table: 'x' }).set(auditor.auth);
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.message)).toMatch(
        /table must be one of candidates, deviations/,
      );
      expect(
        (await t.http().get(url).query({ format: 'csv', table: 'deviations' }).set(w.panel.auth))
          .status,
      ).toBe(403);

      // The report ids the dashboard links to "who viewed", and per-searcher effort.
      const released = report.candidates.find(
        (c: { vettingId: string }) => c.vettingId === w.vettingIds[0],
      );
      expect(released.release.reportId).toMatch(/^[0-9a-f-]{36}$/);
      const sam = report.summary.perSearcher.find(
        (s: { searcherId: string }) => s.searcherId === w.searcher.id,
      );
      expect(sam.searchesPerCandidate).toBe(3);
      expect(typeof sam.minutesPerCandidate).toBe('number');
    });
  });

  describe('Verify now', () => {
    it('records a verification started from the API in the history, POST and GET alike', async () => {
      const before = (await t.http().get('/api/audit/verifications').set(auditor.auth)).body;
      const post = await t.http().post('/api/audit/verify').set(auditor.auth);
      expect(post.status).toBe(200);
      expect(post.body).toMatchObject({ intact: true, tampering: null });
      expect(post.body.runId).toMatch(/^[0-9a-f-]{36}$/);
      const get = await t.http().get('/api/audit/verify').set(auditor.auth);
      expect(get.status).toBe(200);
      const history = (await t.http().get('/api/audit/verifications').set(auditor.auth)).body;
      expect(history).toHaveLength(before.length + 2);
      expect(history.slice(0, 2)).toEqual([
        expect.objectContaining({ id: get.body.runId, trigger: 'MANUAL', intact: true }),
        expect.objectContaining({
          id: post.body.runId,
          trigger: 'MANUAL',
          intact: true,
          headSeq: post.body.headSeq,
          headHash: post.body.headHash,
          count: post.body.count,
        }),
      ]);
      const panel = await t.user([Role.PANEL]);
      expect((await t.http().post('/api/audit/verify').set(panel.auth)).status).toBe(403);
      expect((await t.http().get('/api/audit/verifications').set(auditor.auth)).body).toHaveLength(
        before.length + 2,
      );
    });
  });
});
