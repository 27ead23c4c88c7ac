import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPromise } from 'yauzl';
import { verifyBundle } from '../../src/records/bundle-verifier';
import { RetentionService } from '../../src/records/retention.service';
import { auditQuery } from '../support/audit';
import { binary, cliVerify } from '../support/bundle-cli';
import { CaptureSite, startCaptureSite } from '../support/capture-site';
import {
  closeAged,
  custodian,
  insertReport,
  reportContent,
  sha256,
  vetted,
  world,
} from '../support/records-fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { World } from '../support/fixtures';
import { waitFor } from '../support/wait';

/**
 * Server captures under the records rules: the retention purge blanks a purged finding's
 * captures (held ones untouched), and e-discovery bundles carry each capture's signed manifest
 * while public-release bundles carry none. Captures reach only the local test site on 127.0.0.1.
 */

interface CaptureBody {
  id: string;
  url: string | null;
  status: string;
  reason: string | null;
  files: { kind: string; evidenceId: string; sha256: string }[];
  manifest: { requestedUrl: string; finalUrl: string } | null;
  manifestJson: string | null;
  manifestSignature: string | null;
  signatureValid: boolean | null;
  purged: { at: string; rule: string; note: string } | null;
}

async function unzip(path: string): Promise<Map<string, Buffer>> {
  const zip = await openPromise(path);
  const out = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const c of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>)
      chunks.push(c);
    if (out.has(entry.fileName)) throw new Error(`${entry.fileName} twice in the zip`);
    out.set(entry.fileName, Buffer.concat(chunks));
  }
  return out;
}

describe('records: server captures under retention and in export bundles', () => {
  let t: TestApp;
  let site: CaptureSite;
  let rita: TestUser;
  let retention: RetentionService;
  const scratch = mkdtempSync(join(tmpdir(), 'cybervet-capture-records-'));

  beforeAll(async () => {
    site = await startCaptureSite();
    t = await startTestApp({ CAPTURE_ALLOW_HOSTS: site.hostPort, CAPTURE_TIMEOUT_MS: '5000' });
    rita = await custodian(t);
    retention = t.get(RetentionService);
  });
  afterAll(async () => {
    await t?.close();
    await site?.close();
  });

  const list = async (w: World, findingId: string) =>
    (await t.http().get(`/api/findings/${findingId}/captures`).set(w.searcher.auth).expect(200))
      .body as CaptureBody[];

  async function capture(w: World, findingId: string, path: string): Promise<CaptureBody> {
    const res = await t
      .http()
      .post(`/api/findings/${findingId}/captures`)
      .set(w.searcher.auth)
      .send({ url: `${site.base}${path}` });
    expect(res.status).toBe(202);
    const id = res.body.id as string;
    return waitFor(
      async () => {
        const c = (await list(w, findingId)).find((x) => x.id === id);
        return c && c.status !== 'PENDING' ? c : null;
      },
      40_000,
      `capture of ${path}`,
    );
  }

  async function exportZip(body: Record<string, unknown>, name: string): Promise<string> {
    const res = await t.http().post('/api/exports').set(rita.auth).send(body);
    expect(res.status).toBe(202);
    const id = res.body.id as string;
    const state = await waitFor(
      async () => {
        const s = (await t.http().get(`/api/exports/${id}`).set(rita.auth).expect(200)).body;
        return ['DONE', 'FAILED'].includes(s.status) ? s : null;
      },
      30_000,
      `export ${name}`,
    );
    expect(state).toMatchObject({ status: 'DONE', error: null });
    const dl = await t
      .http()
      .get(`/api/exports/${id}/download`)
      .set(rita.auth)
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const path = join(scratch, `${name}.zip`);
    writeFileSync(path, dl.body as Buffer);
    return path;
  }

  const row = async (id: string) =>
    (await t.db.query(`SELECT * FROM captures WHERE id = $1`, [id]))[0];

  it("purge: an expired finding's capture loses its URLs and manifest in the finding's purge and says purged; a held candidate's capture is untouched", async () => {
    const p = await world(t, 2, 'Patrol Officer 2018');
    const a = await vetted(t, p, 0, { evidence: false });
    const b = await vetted(t, p, 1, { evidence: false });
    const ca = await capture(p, a.findingId, '/r1');
    const cb = await capture(p, b.findingId, '/public');
    expect([ca.status, cb.status]).toEqual(['DONE', 'DONE']);
    const before = await row(ca.id);
    const heldBefore = await row(cb.id);
    expect(before.manifest).toContain(site.base);

    await t
      .http()
      .post('/api/legal-holds')
      .set(rita.auth)
      .send({
        subjectType: 'CANDIDATE',
        subjectId: b.candidateId,
        reason: 'EEOC',
        reference: 'EEOC 1',
      })
      .expect(201);
    await closeAged(t, p, 8);

    const preview = (
      await t.http().get('/api/records/retention/preview').set(rita.auth).expect(200)
    ).body as { items: { subjectType: string; subjectId: string }[] };
    const mine = preview.items.filter((i) => [ca.id, cb.id].includes(i.subjectId));
    expect(mine.map((i) => `${i.subjectType} ${i.subjectId}`).sort()).toEqual(
      [`CAPTURE_MANIFEST ${ca.id}`, `CAPTURE_URL ${ca.id}`].sort(),
    );

    const summary = await retention.purge();
    expect(summary.errors).toEqual([]);
    expect(summary.captures).toBeGreaterThanOrEqual(1);

    // The row keeps what it was and when; the raw URLs and the manifest are gone.
    const after = await row(ca.id);
    expect(after).toMatchObject({
      url: null,
      final_url: null,
      manifest: null,
      status: 'DONE',
      manifest_signature: before.manifest_signature,
      screenshot_evidence_id: before.screenshot_evidence_id,
      purge_rule: expect.stringMatching(/^RETENTION_RAW_YEARS=7, closed \d{4}-\d\d-\d\d, expired /),
    });
    expect(after.purged_at).toBeInstanceOf(Date);
    expect(JSON.stringify(after)).not.toContain(site.base);
    expect(JSON.stringify(after)).not.toContain('127.0.0.1');
    // Its evidence files went with the finding's evidence.
    const files = await t.db.query(
      `SELECT storage_key FROM evidence_files WHERE id = ANY($1::uuid[])`,
      [[before.screenshot_evidence_id, before.pdf_evidence_id, before.mhtml_evidence_id]],
    );
    expect(files.map((f: { storage_key: string | null }) => f.storage_key)).toEqual([
      null,
      null,
      null,
    ]);

    // Tombstones carry the SHA-256 of what went; audit events name the capture, same rule.
    const tombs = await t.db.query(
      `SELECT subject_type, sha256, rule, removed_at FROM purge_tombstones WHERE subject_id = $1 ORDER BY subject_type`,
      [ca.id],
    );
    expect(
      tombs.map((x: { subject_type: string; sha256: string }) => [x.subject_type, x.sha256]),
    ).toEqual([
      ['CAPTURE_MANIFEST', sha256(before.manifest)],
      ['CAPTURE_URL', sha256(before.url)],
    ]);
    expect(tombs[0].rule).toBe(after.purge_rule);
    expect(tombs[0].removed_at.getTime()).toBe(after.purged_at.getTime());
    const events = await auditQuery(
      t,
      `SELECT details FROM audit_events WHERE action = 'retention.purge' AND details->>'itemId' = $1 ORDER BY seq`,
      [ca.id],
    );
    expect(events.map((e: { details: { item: string } }) => e.details.item).sort()).toEqual([
      'CAPTURE_MANIFEST',
      'CAPTURE_URL',
    ]);

    // The listing says purged under the retention schedule, not "signature does not check out".
    const [listed] = await list(p, a.findingId);
    expect(listed).toMatchObject({
      id: ca.id,
      url: null,
      manifest: null,
      manifestJson: null,
      signatureValid: null,
      files: [],
      purged: { note: 'Purged under the retention schedule', rule: after.purge_rule },
    });
    expect(JSON.stringify(listed)).not.toContain(site.base);

    // The held candidate's capture is exactly as it was, and still verifies.
    expect(await row(cb.id)).toEqual(heldBefore);
    const [held] = await list(p, b.findingId);
    expect(held).toMatchObject({ purged: null, signatureValid: true, url: `${site.base}/public` });

    // Nothing else may change a finished or purged capture.
    await expect(
      t.db.query(`UPDATE captures SET reason = 'x' WHERE id = $1`, [cb.id]),
    ).rejects.toThrow(/finished and never changes/);
    await expect(
      t.db.query(`UPDATE captures SET url = 'https://example.org/' WHERE id = $1`, [ca.id]),
    ).rejects.toThrow(/purged under the retention schedule and never changes/);
    await expect(
      t.db.query(
        `UPDATE captures SET url = NULL, final_url = NULL, manifest = NULL, purged_at = now(), purge_rule = 'x' WHERE id = $1`,
        [cb.id],
      ),
    ).rejects.toThrow(/only be purged with its finding/);
    await expect(
      t.db.query(
        `UPDATE captures SET url = NULL, final_url = NULL, manifest = NULL, purged_at = now(), purge_rule = 'x', status = 'FAILED', reason = 'r' WHERE id = $1`,
        [cb.id],
      ),
    ).rejects.toThrow(/only blanks its URLs and manifest/);
    await expect(t.db.query(`DELETE FROM captures WHERE id = $1`, [ca.id])).rejects.toThrow(
      /never deleted/,
    );

    // Running it again removes nothing more.
    const again = await retention.purge();
    expect(again.captures).toBe(0);

    // An e-discovery bundle lists the purged capture as purged, with no manifest to check.
    const path = await exportZip(
      { scope: { processId: p.processId }, kind: 'E_DISCOVERY' },
      'purged',
    );
    const zip = await unzip(path);
    const rows = JSON.parse(zip.get('captures.json')!.toString()) as Record<string, unknown>[];
    expect(rows.find((r) => r.id === ca.id)).toMatchObject({
      purged: true,
      url: null,
      manifest: null,
      manifestPath: null,
      purge_rule: after.purge_rule,
      evidencePaths: [],
    });
    expect(rows.find((r) => r.id === cb.id)).toMatchObject({
      purged: false,
      manifest: heldBefore.manifest,
    });
    expect([...zip.keys()].filter((k) => k.startsWith(`captures/${ca.id}`))).toEqual([]);
    expect(zip.get('manifest.json')!.toString()).toContain('purged under the retention schedule');
    expect(await verifyBundle(path)).toMatchObject({ ok: true, problems: [] });
  });

  it('e-discovery bundles hold each capture with its manifest and signature, evidence once, and verify; public-release bundles hold none', async () => {
    const w = await world(t, 1, 'Dispatcher 2026');
    const v = await vetted(t, w, 0);
    const c = await capture(w, v.findingId, '/public');
    const walled = await capture(w, v.findingId, '/walled');
    expect([c.status, walled.status]).toEqual(['DONE', 'NOT_PUBLIC']);

    const path = await exportZip(
      { scope: { processId: w.processId }, kind: 'E_DISCOVERY' },
      'ediscovery',
    );
    const zip = await unzip(path);
    const rows = JSON.parse(zip.get('captures.json')!.toString()) as Record<string, unknown>[];
    expect(rows.map((r) => [r.id, r.status]).sort()).toEqual(
      [
        [c.id, 'DONE'],
        [walled.id, 'NOT_PUBLIC'],
      ].sort(),
    );
    const done = rows.find((r) => r.id === c.id)!;
    expect(done).toMatchObject({
      purged: false,
      reason: null,
      manifest: c.manifestJson,
      manifest_signature: c.manifestSignature,
      manifestPath: `captures/${c.id}/manifest.json`,
      signaturePath: `captures/${c.id}/manifest.sig`,
    });
    expect(rows.find((r) => r.id === walled.id)).toMatchObject({
      reason: walled.reason,
      manifest: walled.manifestJson,
      evidencePaths: [],
    });
    // The exact signed bytes and the signature, checkable with the published key alone.
    const key = (await t.http().get('/api/exports/signing-key').set(rita.auth).expect(200)).body;
    for (const x of [c, walled]) {
      const bytes = zip.get(`captures/${x.id}/manifest.json`)!;
      expect(bytes.toString('utf8')).toBe(x.manifestJson);
      const sig = Buffer.from(
        zip.get(`captures/${x.id}/manifest.sig`)!.toString().trim(),
        'base64',
      );
      expect(verify(null, bytes, createPublicKey(key.publicKey), sig)).toBe(true);
    }
    // The capture's evidence files are the finding's evidence: each in the bundle exactly once.
    const evidence = [...zip.keys()].filter((k) => k.startsWith('evidence/'));
    expect(evidence.sort()).toEqual(
      [v.evidence!.id, ...c.files.map((f) => f.evidenceId)].map((id) => `evidence/${id}`).sort(),
    );
    expect((done.evidencePaths as string[]).sort()).toEqual(
      c.files.map((f) => `evidence/${f.evidenceId}`).sort(),
    );
    for (const f of c.files) expect(sha256(zip.get(`evidence/${f.evidenceId}`)!)).toBe(f.sha256);

    expect(await verifyBundle(path)).toMatchObject({ ok: true, problems: [] });
    const keyFile = join(scratch, 'published-key.pem');
    writeFileSync(keyFile, key.publicKey);
    const cli = await cliVerify(path, '--public-key', keyFile);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/^OK: \d+ file/);

    // Public release: the report text only; no capture, manifest, signature or capture URL.
    await insertReport(
      t,
      {
        vettingId: v.vettingId,
        processId: w.processId,
        candidateId: v.candidateId,
        releasedBy: w.admin.id,
      },
      reportContent('Jordan Doe 0', 'Dispatcher 2026'),
    );
    const pub = await exportZip(
      { scope: { processId: w.processId }, kind: 'PUBLIC_RELEASE' },
      'public',
    );
    const pubZip = await unzip(pub);
    expect([...pubZip.keys()].filter((k) => /capture|evidence/i.test(k))).toEqual([]);
    const all = Buffer.concat([...pubZip.values()]).toString('utf8');
    for (const needle of [c.id, walled.id, c.manifestSignature!, 'cybervet-capture/1', site.base])
      expect(all).not.toContain(needle);
    expect(await verifyBundle(pub)).toMatchObject({ ok: true, problems: [] });
  });
});
