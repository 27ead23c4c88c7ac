import { TestApp, TestUser } from '../support/test-app';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPromise } from 'yauzl';
import { ZipFile } from 'yazl';
import { chainHash } from '../../src/audit/hash-chain';
import { verifyBundle } from '../../src/records/bundle-verifier';
import { ExportsService } from '../../src/records/exports.service';
import { pseudonymFor } from '../../src/records/pseudonym';
import { RetentionService } from '../../src/records/retention.service';
import { startTestApp } from '../support/test-app';
import {
  png,
  sha256,
  vetted,
  world,
  closeAged,
  insertReport,
  reportContent,
  custodian,
} from '../support/records-fixtures';
import { auditSettled } from '../support/audit';
import { binary, cliVerify } from '../support/bundle-cli';

/** Every entry of a zip, in order, read into memory (test bundles are small). */
async function unzip(path: string): Promise<[string, Buffer][]> {
  const zip = await openPromise(path);
  const out: [string, Buffer][] = [];
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const c of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>)
      chunks.push(c);
    out.push([entry.fileName, Buffer.concat(chunks)]);
  }
  return out;
}

/** Writes the entries back as a new zip with yazl, flipping one byte of `target`. */
async function rezipWithFlippedByte(
  entries: [string, Buffer][],
  target: string,
  out: string,
): Promise<void> {
  const zip = new ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    const ws = createWriteStream(out);
    zip.outputStream.pipe(ws).on('close', resolve).on('error', reject);
  });
  for (const [name, data] of entries) {
    const copy = Buffer.from(data);
    if (name === target) {
      const at = Math.floor(copy.length / 2);
      copy[at] = copy[at] ^ 0x20;
    }
    zip.addBuffer(copy, name);
  }
  zip.end();
  await done;
}

describe('records: export bundles', () => {
  let t: TestApp;
  let rita: TestUser;
  const scratch = mkdtempSync(join(tmpdir(), 'cybervet-export-test-'));

  beforeAll(async () => {
    t = await startTestApp();
    rita = await custodian(t);
  });
  afterAll(() => t.close());

  async function exportAndDownload(
    body: Record<string, unknown>,
    name: string,
  ): Promise<{ id: string; path: string; bytes: Buffer }> {
    const res = await t.http().post('/api/exports').set(rita.auth).send(body);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ id: expect.any(String), status: 'PENDING' });
    const id = res.body.id as string;
    let state: { status: string; progress: number; error: string | null } = {
      status: 'PENDING',
      progress: 0,
      error: null,
    };
    for (let i = 0; i < 300 && !['DONE', 'FAILED'].includes(state.status); i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = (await t.http().get(`/api/exports/${id}`).set(rita.auth).expect(200)).body;
    }
    expect(state).toMatchObject({ status: 'DONE', progress: 100, error: null });
    const dl = await t
      .http()
      .get(`/api/exports/${id}/download`)
      .set(rita.auth)
      .buffer(true)
      .parse(binary as never);
    expect(dl.status).toBe(200);
    expect(dl.headers['content-type']).toBe('application/zip');
    const bytes = dl.body as Buffer;
    const view = (await t.http().get(`/api/exports/${id}`).set(rita.auth)).body;
    expect(view).toMatchObject({ kind: body.kind, sha256: sha256(bytes), size: bytes.length });
    const path = join(scratch, `${name}.zip`);
    writeFileSync(path, bytes);
    return { id, path, bytes };
  }

  it('E_DISCOVERY: every record in scope, evidence files, the chained audit events, a manifest that verifies; one flipped byte is caught and named', async () => {
    const w = await world(t, 2, 'Patrol Officer 2018');
    const a = await vetted(t, w, 0);
    const b = await vetted(t, w, 1);
    const report = await insertReport(
      t,
      {
        vettingId: b.vettingId,
        processId: w.processId,
        candidateId: b.candidateId,
        releasedBy: w.admin.id,
      },
      reportContent('Jordan Doe 1', 'Patrol Officer 2018'),
    );
    // Candidate b is held; the process expires; the purge removes a's raw content.
    await t
      .http()
      .post('/api/legal-holds')
      .set(rita.auth)
      .send({
        subjectType: 'CANDIDATE',
        subjectId: b.candidateId,
        reason: 'Claim',
        reference: 'C-1',
      })
      .expect(201);
    await closeAged(t, w, 8);
    expect(await t.get(RetentionService).purge()).toMatchObject({ findings: 1, files: 1 });

    const { id, path } = await exportAndDownload(
      { scope: { processId: w.processId }, kind: 'E_DISCOVERY' },
      'ediscovery',
    );
    const entries = await unzip(path);
    const files = new Map(entries);
    const json = (name: string) => JSON.parse(files.get(name)!.toString('utf8'));

    // The manifest lists every other file with its SHA-256 and size.
    const manifest = json('manifest.json');
    expect(manifest).toMatchObject({
      exportId: id,
      kind: 'E_DISCOVERY',
      scope: { processId: w.processId, candidateId: null },
    });
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual(
      entries
        .map(([n]) => n)
        .filter((n) => n !== 'manifest.json' && n !== 'manifest.sig')
        .sort(),
    );
    for (const f of manifest.files)
      expect({
        path: f.path,
        sha256: sha256(files.get(f.path)!),
        size: files.get(f.path)!.length,
      }).toEqual(f);
    expect(files.get('README.txt')!.toString()).toMatch(
      /hash = SHA-256\( prevHash \+ canonicalJson\(event\) \)/,
    );

    // Records: all of them, purged findings present and marked.
    expect(json('process.json')).toMatchObject({ id: w.processId, status: 'CLOSED' });
    expect(
      json('candidates.json')
        .map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual([a.candidateId, b.candidateId].sort());
    expect(json('vettings.json')).toHaveLength(2);
    expect(json('item_results.json')).toHaveLength(6);
    expect(json('search_logs.json')).toHaveLength(6);
    const findings = json('findings.json') as {
      id: string;
      purged: boolean;
      excerpt: string | null;
      source_url: string | null;
    }[];
    expect(findings.find((f) => f.id === a.findingId)).toMatchObject({
      purged: true,
      excerpt: null,
      source_url: null,
    });
    expect(findings.find((f) => f.id === b.findingId)).toMatchObject({
      purged: false,
      excerpt: b.excerpt,
      source_url: b.sourceUrl,
    });
    const evidence = json('evidence_files.json') as {
      id: string;
      purged: boolean;
      bundlePath: string | null;
    }[];
    expect(evidence.find((e) => e.id === a.evidence!.id)).toMatchObject({
      purged: true,
      bundlePath: null,
    });
    expect(evidence.find((e) => e.id === b.evidence!.id)).toMatchObject({
      purged: false,
      bundlePath: `evidence/${b.evidence!.id}`,
    });
    expect(
      files.get(`evidence/${b.evidence!.id}`)!.equals(png(`${w.processId.slice(0, 8)}-1`)),
    ).toBe(true);
    expect(files.has(`evidence/${a.evidence!.id}`)).toBe(false);
    expect(json('purge_tombstones.json')).toHaveLength(3);
    expect(json('report_versions.json')).toEqual([
      expect.objectContaining({ id: report.id, sha256: report.sha256 }),
    ]);
    expect(json('legal_holds.json')).toHaveLength(1);
    const users = json('users.json') as { id: string; name: string }[];
    expect(users.map((u) => u.id)).toEqual(
      expect.arrayContaining([w.admin.id, w.searcher.id, rita.id]),
    );
    expect(JSON.stringify(users)).not.toMatch(/password|\$argon2/i);
    for (const name of [
      'validations.json',
      'finding_text_changes.json',
      'screening_flags.json',
      'filter_reviews.json',
      'filter_decisions.json',
      'candidate_responses.json',
      'report_releases.json',
      'checklist_items.json',
    ]) {
      expect(Array.isArray(json(name))).toBe(true);
    }

    // Audit events of the scope, each hash recomputable, consecutive ones linked.
    const events = json('audit_events.json') as {
      seq: number;
      prevHash: string;
      hash: string;
      action: string;
      subjectId: string;
    }[];
    const actions = new Set(events.map((e) => e.action));
    for (const action of [
      'process.create',
      'candidate.create',
      'finding.create',
      'evidence.upload',
      'process.close',
      'retention.purge',
      'legal-hold.create',
    ]) {
      expect(actions).toContain(action);
    }
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      expect(chainHash(e.prevHash, e as never)).toBe(e.hash);
      if (i > 0 && events[i - 1].seq === e.seq - 1) expect(e.prevHash).toBe(events[i - 1].hash);
      if (i > 0) expect(e.seq).toBeGreaterThan(events[i - 1].seq);
    }
    expect(events.every((e) => e.action !== 'export.request')).toBe(true);

    // Signed with the deployment's published key, which the README prints too.
    const published = await t.http().get('/api/exports/signing-key').set(rita.auth);
    expect(published.status).toBe(200);
    expect(published.body).toEqual({
      algorithm: 'Ed25519',
      publicKey: expect.stringMatching(/^-----BEGIN PUBLIC KEY-----\n/),
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const keyFile = join(scratch, 'published-key.pem');
    writeFileSync(keyFile, published.body.publicKey);
    expect(manifest.signing).toEqual({
      algorithm: 'Ed25519',
      signatureFile: 'manifest.sig',
      signatureEncoding: 'base64',
      publicKey: published.body.publicKey,
      publicKeyFingerprint: published.body.fingerprint,
    });
    const readme = files.get('README.txt')!.toString();
    expect(readme).toContain(published.body.fingerprint);
    for (const line of published.body.publicKey.trim().split('\n')) expect(readme).toContain(line);
    expect(readme).toContain('npm run cli -- export:verify <this-zip> --public-key');

    // The verifier and the CLI agree it is intact and, against the published key, authentic.
    expect(await verifyBundle(path)).toMatchObject({
      ok: true,
      problems: [],
      authenticated: false,
    });
    const ok = await cliVerify(path, '--public-key', keyFile);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK: \d+ file/);
    expect(ok.stdout).toContain(
      `valid Ed25519 signature of manifest.json by the key given with --public-key (fingerprint ${published.body.fingerprint})`,
    );
    expect(ok.stdout).not.toMatch(/WARNING/);
    const selfChecked = await cliVerify(path);
    expect(selfChecked.code).toBe(0);
    expect(selfChecked.stdout).toMatch(/WARNING: the key inside the bundle proves only/);

    // A changed evidence file with a manifest recomputed to match: only the signature catches it.
    const evidenceName = `evidence/${b.evidence!.id}`;
    const forged = entries.map(([n, d]): [string, Buffer] => [
      n,
      n === evidenceName ? Buffer.concat([d, Buffer.from('forged')]) : d,
    ]);
    const forgedManifest = {
      ...manifest,
      files: manifest.files.map((f: { path: string; size: number }) =>
        f.path === evidenceName
          ? { ...f, sha256: sha256(forged.find(([n]) => n === evidenceName)![1]), size: f.size + 6 }
          : f,
      ),
    };
    const forgedPath = join(scratch, 'forged.zip');
    await rezipWithFlippedByte(
      forged.map(([n, d]): [string, Buffer] => [
        n,
        n === 'manifest.json' ? Buffer.from(`${JSON.stringify(forgedManifest, null, 2)}\n`) : d,
      ]),
      '(none)',
      forgedPath,
    );
    const forgedCheck = await cliVerify(forgedPath, '--public-key', keyFile);
    expect(forgedCheck.code).not.toBe(0);
    expect(forgedCheck.stdout).toMatch(/^FAILED: 1 problem/);
    expect(forgedCheck.stdout).toContain('SIGNATURE manifest.sig');

    // One byte flipped in any one file: caught, and that file is named.
    for (const [name] of entries.filter(([n]) => n !== 'manifest.json' && n !== 'manifest.sig')) {
      const tampered = join(scratch, 'tampered.zip');
      await rezipWithFlippedByte(entries, name, tampered);
      const v = await verifyBundle(tampered);
      expect({ name, ok: v.ok, problems: v.problems.map((p) => `${p.problem} ${p.path}`) }).toEqual(
        { name, ok: false, problems: [`MISMATCH ${name}`] },
      );
    }
    const flippedSig = join(scratch, 'tampered-signature.zip');
    await rezipWithFlippedByte(entries, 'manifest.sig', flippedSig);
    expect((await verifyBundle(flippedSig)).problems.map((p) => `${p.problem} ${p.path}`)).toEqual([
      'SIGNATURE manifest.sig',
    ]);
    const tampered = join(scratch, 'tampered-evidence.zip');
    await rezipWithFlippedByte(entries, `evidence/${b.evidence!.id}`, tampered);
    const bad = await cliVerify(tampered);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toContain(`MISMATCH evidence/${b.evidence!.id}`);

    // Requests and downloads are audited.
    await auditSettled(t);
    const [requested] = await t.db.query(
      `SELECT actor_id, details FROM audit_events WHERE action = 'export.request' AND subject_id = $1`,
      [id],
    );
    expect(requested).toMatchObject({
      actor_id: rita.id,
      details: { kind: 'E_DISCOVERY', processId: w.processId },
    });
    await auditSettled(t);
    const [completed] = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'export.complete' AND subject_id = $1`,
      [id],
    );
    expect(completed.details).toMatchObject({
      sha256: sha256(readFileSync(path)),
      signingKeyFingerprint: published.body.fingerprint,
    });
    await auditSettled(t);
    const [downloaded] = await t.db.query(
      `SELECT actor_id, details FROM audit_events WHERE action = 'export.download' AND subject_id = $1`,
      [id],
    );
    expect(downloaded).toMatchObject({
      actor_id: rita.id,
      details: { sha256: expect.any(String) },
    });

    // A duplicate job for the same export is absorbed (the export id is the job id).
    await t.get(ExportsService).dispatch(id);
    await new Promise((r) => setTimeout(r, 300));
    await auditSettled(t);
    const [{ n: starts }] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'export.start' AND subject_id = $1`,
      [id],
    );
    expect(starts).toBe(1);

    // A candidate scope holds only that candidate's records.
    const one = await exportAndDownload(
      { scope: { candidateId: b.candidateId }, kind: 'E_DISCOVERY' },
      'candidate',
    );
    const oneFiles = new Map(await unzip(one.path));
    expect(
      JSON.parse(oneFiles.get('candidates.json')!.toString()).map((c: { id: string }) => c.id),
    ).toEqual([b.candidateId]);
    expect(
      JSON.parse(oneFiles.get('findings.json')!.toString()).map((f: { id: string }) => f.id),
    ).toEqual([b.findingId]);
    expect([...oneFiles.keys()].filter((k) => k.startsWith('evidence/'))).toEqual([
      `evidence/${b.evidence!.id}`,
    ]);
    expect(await verifyBundle(one.path)).toMatchObject({ ok: true });
  });

  it('PUBLIC_RELEASE: only filtered report text; no protected phrase, no URL, and a confidential applicant only as a pseudonym', async () => {
    const w = await world(t, 1, 'Patrol Officer 2026');
    const consent = new Date(Date.now() - 864e5).toISOString();
    const add = async (fullName: string, extra: Record<string, unknown> = {}) => {
      const res = await t
        .http()
        .post(`/api/processes/${w.processId}/candidates`)
        .set(w.admin.auth)
        .send({ fullName, consentRecordedAt: consent, ...extra });
      expect(res.status).toBe(201);
      return { vettingId: res.body.id as string, candidateId: res.body.candidate.id as string };
    };
    const casey = await add('Casey Quartermain', {
      aliases: ['C. Quartermain'],
      providedHandles: ['@cqm_88'],
    });
    const robin = await add('Robin Sterling');
    const morgan = await add('Morgan Finalist');
    await t
      .http()
      .patch(`/api/candidates/${casey.candidateId}`)
      .set(w.admin.auth)
      .send({ confidentialityRequested: true })
      .expect(200);
    await t
      .http()
      .patch(`/api/candidates/${morgan.candidateId}`)
      .set(w.admin.auth)
      .send({ confidentialityRequested: true, finalCandidate: true })
      .expect(200);

    // The protected phrase is in the raw record (excerpt, URL), never in the released text.
    const protectedPhrase = "member of St. Mark's Lutheran congregation";
    w.vettingIds.push(casey.vettingId);
    await vetted(t, w, w.vettingIds.length - 1, {
      finding: { excerpt: `As a ${protectedPhrase} I will put a bullet in his truck.` },
    });

    const base = { processId: w.processId, releasedBy: w.admin.id };
    await insertReport(
      t,
      { ...base, ...casey },
      reportContent('Casey Quartermain', 'Patrol Officer 2026', {
        findings: [
          {
            category: 'THREATS_VIOLENCE',
            summary:
              'Casey Quartermain (@cqm_88) posted a threat; Quartermain later deleted it. See https://www.facebook.com/cqm_88/posts/1',
            excerpt: 'As a [REDACTED: religion] I will put a [REDACTED] in his truck.',
            platform: 'Facebook',
            capturedOn: '2026-01-10',
            validation: { status: 'VERIFIED', identityMatches: 3 },
            mitigation: 'Casey says it was a joke; context at www.example.org/thread',
            candidateResponse: 'C. Quartermain: it was a joke.',
          },
        ],
      }),
    );
    // A later version supersedes the first for Robin.
    await insertReport(
      t,
      { ...base, ...robin },
      reportContent('Robin Sterling', 'Patrol Officer 2026', { findings: [] }),
      1,
    );
    await insertReport(
      t,
      { ...base, ...robin },
      reportContent('Robin Sterling', 'Patrol Officer 2026'),
      2,
    );
    await insertReport(
      t,
      { ...base, ...morgan },
      reportContent('Morgan Finalist', 'Patrol Officer 2026'),
    );

    const { path } = await exportAndDownload(
      { scope: { processId: w.processId }, kind: 'PUBLIC_RELEASE' },
      'public',
    );
    const entries = await unzip(path);
    const names = entries.map(([n]) => n).sort();
    expect(names).toEqual([
      'README.txt',
      'manifest.json',
      'manifest.sig',
      'reports/report-0001.json',
      'reports/report-0002.json',
      'reports/report-0003.json',
    ]);
    const everything = entries.map(([, data]) => data.toString('utf8')).join('\n');
    for (const forbidden of [
      'Casey',
      'Quartermain',
      'cqm_88',
      protectedPhrase,
      'Lutheran',
      'bullet',
      'http',
      'www.',
      'facebook.com',
      'example.org',
      casey.candidateId,
    ]) {
      expect({
        forbidden,
        found: everything.toLowerCase().includes(forbidden.toLowerCase()),
      }).toEqual({ forbidden, found: false });
    }
    const pseudonym = pseudonymFor(casey.candidateId);
    const reports = entries
      .filter(([n]) => n.startsWith('reports/'))
      .map(([, d]) => JSON.parse(d.toString()));
    expect(reports.map((r) => r.candidate.name).sort()).toEqual(
      ['Morgan Finalist', 'Robin Sterling', pseudonym].sort(),
    );
    const caseys = reports.find((r) => r.candidate.name === pseudonym);
    expect(caseys.findings[0].summary).toBe(
      `${pseudonym} (${pseudonym}) posted a threat; ${pseudonym} later deleted it. See [link removed]`,
    );
    expect(caseys.findings[0].candidateResponse).toBe(`${pseudonym}: it was a joke.`);
    expect(reports.find((r) => r.candidate.name === 'Robin Sterling').findings).toHaveLength(1);
    // No raw parts at all: no flags, no evidence, no source URLs.
    expect(everything).not.toMatch(/screening|storage_key|source_url|sourceUrl/);
    expect(await verifyBundle(path)).toMatchObject({ ok: true });
  });

  it('refuses a download before the bundle is DONE (409), unknown exports (404) and malformed requests (400)', async () => {
    const w = await world(t);
    const [row] = await t.db.query(
      // Not due for hand-off to the queue for an hour: only this test runs its build.
      `INSERT INTO exports (kind, scope, process_id, requested_by, next_dispatch_at)
       VALUES ('E_DISCOVERY', $1, $2, $3, now() + interval '1 hour') RETURNING id`,
      [JSON.stringify({ processId: w.processId }), w.processId, rita.id],
    );
    const early = await t.http().get(`/api/exports/${row.id}/download`).set(rita.auth);
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/PENDING/);
    expect((await t.http().get(`/api/exports/${row.id}`).set(rita.auth)).body).toMatchObject({
      status: 'PENDING',
      progress: 0,
    });
    // A build that fails on its last attempt is marked FAILED with the error, and audited.
    mkdirSync(join(process.env.EXPORT_DIR!, `${row.id}.zip.partial`, 'in-the-way'), {
      recursive: true,
    });
    const exportsService = t.get(ExportsService);
    await expect(
      exportsService.run(row.id, {
        updateProgress: () => Promise.resolve(),
        attempt: 3,
        maxAttempts: 3,
      }),
    ).rejects.toThrow();
    expect((await t.http().get(`/api/exports/${row.id}`).set(rita.auth)).body).toMatchObject({
      status: 'FAILED',
      error: expect.any(String),
    });
    await auditSettled(t);
    const [failed] = await t.db.query(
      `SELECT outcome, details FROM audit_events WHERE action = 'export.fail' AND subject_id = $1`,
      [row.id],
    );
    expect(failed).toMatchObject({ outcome: 'FAILED', details: { final: true, attempt: 3 } });
    expect((await t.http().get(`/api/exports/${row.id}/download`).set(rita.auth)).status).toBe(409);

    const nobody = '00000000-0000-4000-8000-000000000000';
    expect((await t.http().get(`/api/exports/${nobody}`).set(rita.auth)).status).toBe(404);
    expect((await t.http().get(`/api/exports/${nobody}/download`).set(rita.auth)).status).toBe(404);
    expect(
      (
        await t
          .http()
          .post('/api/exports')
          .set(rita.auth)
          .send({ scope: { processId: w.processId }, kind: 'EVERYTHING' })
      ).status,
    ).toBe(400);
    expect(
      (await t.http().post('/api/exports').set(rita.auth).send({ kind: 'E_DISCOVERY' })).status,
    ).toBe(400);
    expect(
      (await t.http().post('/api/exports').set(rita.auth).send({ scope: {}, kind: 'E_DISCOVERY' }))
        .status,
    ).toBe(400);
    expect(
      (
        await t
          .http()
          .post('/api/exports')
          .set(rita.auth)
          .send({ scope: { processId: nobody }, kind: 'E_DISCOVERY' })
      ).status,
    ).toBe(404);
  });
});
