import { createHash, createPublicKey, verify } from 'node:crypto';
import { Role } from '../../src/auth/role.enum';
import { auditSettled } from '../support/audit';
import { startCaptureSite, CaptureSite } from '../support/capture-site';
import { buildWorld, searchEverything, World } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';

/**
 * Server captures against a local test site on 127.0.0.1 (the only host:port allowed) and a
 * second server on 127.0.0.2 that nothing may reach. No traffic leaves 127.0.0.0/8.
 */

const binary = (res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

interface CaptureBody {
  id: string;
  status: string;
  reason: string | null;
  files: { kind: string; evidenceId: string; sha256: string; size: number; contentType: string }[];
  manifest: {
    requestedUrl: string;
    finalUrl: string;
    httpStatus: number;
    redirects: { url: string; status: number; location: string | null }[];
    headers: { name: string; value: string }[];
    tls: unknown;
    tlsNote: string;
    blockedRequests: { url: string; reason: string; resourceType: string }[];
    browserVersion: string;
    capturedAt: string;
    notPublicReason: string | null;
  } | null;
  manifestJson: string | null;
  manifestSignature: string | null;
  signingKey: { publicKey: string; fingerprint: string } | null;
  signatureValid: boolean | null;
}

describe('server capture of a public page, logged out', () => {
  let t: TestApp;
  let site: CaptureSite;
  let w: World;
  let findingId: string;

  beforeAll(async () => {
    site = await startCaptureSite();
    t = await startTestApp({
      CAPTURE_ALLOW_HOSTS: site.hostPort,
      CAPTURE_TIMEOUT_MS: '5000',
    });
    w = await buildWorld(t);
    findingId = await searchEverything(t, w);
  });
  afterAll(async () => {
    await t?.close();
    await site?.close();
  });

  async function capture(path: string, id = findingId): Promise<CaptureBody> {
    const res = await t
      .http()
      .post(`/api/findings/${id}/captures`)
      .set(w.searcher.auth)
      .send({ url: `${site.base}${path}` });
    expect(res.status).toBe(202);
    expect(res.body.status).toBe('PENDING');
    const captureId = res.body.id as string;
    return waitFor(
      async () => {
        const list = await t
          .http()
          .get(`/api/findings/${id}/captures`)
          .set(w.searcher.auth)
          .expect(200);
        const c = (list.body as CaptureBody[]).find((x) => x.id === captureId);
        return c && c.status !== 'PENDING' ? c : null;
      },
      40_000,
      `capture of ${path}`,
    );
  }

  async function auditActions(captureId: string) {
    await auditSettled(t);
    return t.db.query<{ action: string; outcome: string; details: Record<string, unknown> }[]>(
      `SELECT action, outcome, details FROM audit_events WHERE details->>'captureId' = $1 ORDER BY seq`,
      [captureId],
    );
  }

  it('captures a public page: PNG, PDF and MHTML stored as evidence, hashes in a manifest signed with the deployment key', async () => {
    const c = await capture('/public');
    expect(c.reason).toBeNull();
    expect(c.status).toBe('DONE');
    expect(c.files.map((f) => f.kind).sort()).toEqual(['mhtml', 'pdf', 'screenshot']);
    for (const f of c.files) {
      const res = await t
        .http()
        .get(`/api/evidence/${f.evidenceId}`)
        .set(w.searcher.auth)
        .buffer(true)
        .parse(binary as never)
        .expect(200);
      const body = res.body as Buffer;
      expect(createHash('sha256').update(body).digest('hex')).toBe(f.sha256);
      expect(body.length).toBe(f.size);
      if (f.kind === 'screenshot') expect(body.subarray(1, 4).toString()).toBe('PNG');
      if (f.kind === 'pdf') expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      if (f.kind === 'mhtml') expect(body.toString('utf8')).toContain('Public post');
    }
    // The signature verifies with nothing but the published key and the stored bytes.
    const pub = createPublicKey(c.signingKey!.publicKey);
    const signed = Buffer.from(c.manifestJson!, 'utf8');
    expect(verify(null, signed, pub, Buffer.from(c.manifestSignature!, 'base64'))).toBe(true);
    expect(c.signatureValid).toBe(true);
    const tampered = Buffer.from(c.manifestJson!.replace('/public', '/publik'), 'utf8');
    expect(verify(null, tampered, pub, Buffer.from(c.manifestSignature!, 'base64'))).toBe(false);
    const m = JSON.parse(c.manifestJson!);
    expect(m.files.map((f: { sha256: string }) => f.sha256).sort()).toEqual(
      c.files.map((f) => f.sha256).sort(),
    );
    expect(m.requestedUrl).toBe(`${site.base}/public`);
    expect(m.finalUrl).toBe(`${site.base}/public`);
    expect(m.redirects).toEqual([]);
    expect(m.response.status).toBe(200);
    expect(m.response.headers).toContainEqual({ name: 'x-site', value: 'capture-test' });
    expect(m.tls).toBeNull();
    expect(m.tlsNote).toMatch(/plain http: there was no TLS/);
    expect(m.browser.version).toMatch(/^\d+\.\d+/);
    expect(m.browser.profile).toMatch(/new, empty profile/);
    expect(new Date(m.capturedAt).toISOString()).toBe(m.capturedAt);
    expect(m.blockedRequests).toEqual([]);
    // The browser connected to the test site and nowhere else (its own traffic is refused unresolved).
    expect(m.connections.length).toBeGreaterThan(0);
    for (const c of m.connections as { host: string; address: string }[])
      expect(c).toMatchObject({ host: '127.0.0.1', address: '127.0.0.1' });
    expect(m.signingKeyFingerprint).toBe(c.signingKey!.fingerprint);
    const events = await auditActions(c.id);
    expect(events.map((e) => e.action)).toEqual(['capture.request', 'capture.done']);
  });

  it('records a redirect chain hop by hop', async () => {
    const c = await capture('/r1');
    expect(c.status).toBe('DONE');
    expect(c.manifest!.redirects).toEqual([
      { url: `${site.base}/r1`, status: 302, location: '/r2' },
      { url: `${site.base}/r2`, status: 301, location: '/r3' },
      { url: `${site.base}/r3`, status: 302, location: '/public' },
    ]);
    expect(c.manifest!.finalUrl).toBe(`${site.base}/public`);
  });

  it('follows at most 5 redirects', async () => {
    const c = await capture('/loop');
    expect(c.status).toBe('FAILED');
    expect(c.reason).toMatch(/more than 5 redirects/);
  });

  it('refuses a redirect to a loopback address that is not allowed (127.0.0.2), audits it, and never connects there', async () => {
    const c = await capture('/to-other');
    expect(c.status).toBe('FAILED');
    expect(c.reason).toMatch(/redirect refused: 127\.0\.0\.2 is loopback/);
    expect(c.files).toEqual([]);
    const events = await auditActions(c.id);
    expect(events.map((e) => [e.action, e.outcome])).toEqual([
      ['capture.request', 'ALLOWED'],
      ['capture.refused', 'DENIED'],
    ]);
    expect(events[1].details.reason).toMatch(/127\.0\.0\.2 is loopback/);
    expect(site.otherHits).toEqual([]);
  });

  it('blocks a subresource from a host that is not allowed and records the block in the manifest', async () => {
    const c = await capture('/with-foreign-image');
    expect(c.status).toBe('DONE');
    expect(c.manifest!.blockedRequests).toEqual([
      {
        url: `${site.otherBase}/pixel.png`,
        resourceType: 'image',
        reason: '127.0.0.2 is loopback',
      },
    ]);
    expect(JSON.parse(c.manifestJson!).blockedRequests).toHaveLength(1);
    expect(site.otherHits).toEqual([]);
  });

  it('a page that never finishes loading fails on the timeout', async () => {
    const c = await capture('/never');
    expect(c.status).toBe('FAILED');
    expect(c.reason).toMatch(/did not finish loading within 5 s/);
    expect(c.manifest).toBeNull();
  });

  it('refuses at once what it can without DNS: other schemes, metadata and private addresses, other ports (422, audited)', async () => {
    const cases: [string, RegExp][] = [
      ['file:///etc/passwd', /only http and https/],
      ['data:text/html,<h1>x</h1>', /only http and https/],
      ['chrome://settings', /only http and https/],
      ['http://169.254.169.254/latest/meta-data/', /cloud metadata service/],
      ['http://[::ffff:10.0.0.1]/', /IPv4-mapped/],
      ['http://10.1.2.3/', /private network/],
      ['http://example.com:8080/', /port 8080 of example.com is not allowed/],
      ['http://user:pw@example.com/', /user name or password/],
      ['http://metadata.google.internal/', /cloud metadata service/],
      ['not a url', /not a valid absolute URL/],
    ];
    for (const [url, message] of cases) {
      const res = await t
        .http()
        .post(`/api/findings/${findingId}/captures`)
        .set(w.searcher.auth)
        .send({ url });
      expect([url, res.status]).toEqual([url, 422]);
      expect(res.body.message).toMatch(message);
    }
    await auditSettled(t);
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'capture.request' AND outcome = 'DENIED'`,
    );
    expect(n).toBe(cases.length);
  });

  it('only the assigned searcher may ask for a capture; others get 404 and it is audited', async () => {
    const res = await t
      .http()
      .post(`/api/findings/${findingId}/captures`)
      .set(w.validator.auth)
      .send({ url: `${site.base}/public` });
    expect(res.status).toBe(404);
    const outsider = await t.user([Role.SEARCHER]);
    await t.http().get(`/api/findings/${findingId}/captures`).set(outsider.auth).expect(404);
  });
});

describe('a page behind a login is NOT_PUBLIC', () => {
  let t: TestApp;
  let site: CaptureSite;
  let w: World;

  beforeAll(async () => {
    site = await startCaptureSite();
    t = await startTestApp({ CAPTURE_ALLOW_HOSTS: site.hostPort, CAPTURE_TIMEOUT_MS: '5000' });
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t?.close();
    await site?.close();
  });

  async function captureOf(findingId: string, path: string): Promise<CaptureBody> {
    const res = await t
      .http()
      .post(`/api/findings/${findingId}/captures`)
      .set(w.searcher.auth)
      .send({ url: `${site.base}${path}` })
      .expect(202);
    return waitFor(
      async () => {
        const list = await t.http().get(`/api/findings/${findingId}/captures`).set(w.searcher.auth);
        const c = (list.body as CaptureBody[]).find((x) => x.id === res.body.id);
        return c && c.status !== 'PENDING' ? c : null;
      },
      40_000,
      path,
    );
  }

  it('a login form, a 401 and a redirect to a sign-in page are NOT_PUBLIC; no files become evidence; the public method is refused until a new capture', async () => {
    const findingId = await searchEverything(t, w);
    const form = await captureOf(findingId, '/login-form');
    expect(form.status).toBe('NOT_PUBLIC');
    expect(form.reason).toMatch(/password field in its main content/);
    expect(form.files).toEqual([]);
    expect(form.signatureValid).toBe(true);
    expect(JSON.parse(form.manifestJson!).files).toEqual([]);
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM evidence_files WHERE finding_id = $1`,
      [findingId],
    );
    expect(n).toBe(0);

    const members = await captureOf(findingId, '/members');
    expect(members.status).toBe('NOT_PUBLIC');
    expect(members.reason).toMatch(/401/);
    const walled = await captureOf(findingId, '/walled');
    expect(walled.status).toBe('NOT_PUBLIC');
    expect(walled.reason).toMatch(/redirected to a sign-in page \(\/accounts\/login\)/);

    // The finding says PUBLIC_PROFILE_LOGGED_OUT: verifying it is refused (409, audited).
    const refused = await t
      .http()
      .post(`/api/findings/${findingId}/validations`)
      .set(w.validator.auth)
      .send({ status: 'VERIFIED', method: 'Cross-checked photo and city', notes: 'Matches.' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(
      /found it was not public .*cannot rest on the public method PUBLIC_PROFILE_LOGGED_OUT: capture the page again or upload evidence/,
    );
    await auditSettled(t);
    const denied = await t.db.query<{ details: { rule: string } }[]>(
      `SELECT details FROM audit_events WHERE action = 'finding.validate' AND outcome = 'DENIED' AND subject_id = $1`,
      [findingId],
    );
    expect(denied.map((d) => d.details.rule)).toEqual(['capture-not-public']);

    // A new capture that finds the page public lifts it.
    const again = await captureOf(findingId, '/public');
    expect(again.status).toBe('DONE');
    await t
      .http()
      .post(`/api/findings/${findingId}/validations`)
      .set(w.validator.auth)
      .send({ status: 'VERIFIED', method: 'Cross-checked photo and city', notes: 'Matches.' })
      .expect(201);

    // The auditor's uniformity report counts the finding as backed by a server capture.
    const auditor = await t.user([Role.AUDITOR]);
    const report = await t
      .http()
      .get(`/api/processes/${w.processId}/uniformity`)
      .set(auditor.auth)
      .expect(200);
    const mine = (
      report.body.summary.perSearcher as { searcherId: string; serverCaptureBacking: unknown }[]
    ).find((p) => p.searcherId === w.searcher.id);
    expect(mine?.serverCaptureBacking).toEqual({
      findingsAuthored: 1,
      backedByServerCapture: 1,
      share: 1,
    });
  });
});
