import { Role } from '../../src/auth/role.enum';
import {
  buildWorld,
  readyToRelease,
  redactAll,
  release,
  searchEverything,
  World,
} from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { auditSettled } from '../support/audit';

/** Security review, defect 3: a validation vouches for the text it saw, and no other. */
describe('a change to a finding voids its validations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const validate = (w: World, findingId: string, notes = 'Three identifiers match') =>
    t
      .http()
      .post(`/api/findings/${findingId}/validations`)
      .set(w.validator.auth)
      .send({ status: 'VERIFIED', method: 'Photo and employer cross-check', notes })
      .expect(201);

  const uniformity = async (w: World) => {
    const auditor = await t.user([Role.AUDITOR]);
    const res = await t.http().get(`/api/processes/${w.processId}/uniformity`).set(auditor.auth);
    expect(res.status).toBe(200);
    return res.body as {
      deviations: { kind: string; vettingId: string; explanation: string }[];
      candidates: { validation: Record<string, number> }[];
    };
  };

  it('PATCH after a validation voids it (kept, with a reason, audited); release is refused until a new validation', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w);
    const first = await validate(w, findingId);

    const patched = await t
      .http()
      .patch(`/api/findings/${findingId}`)
      .set(w.searcher.auth)
      .send({ summary: 'Changed after validation: now says something else entirely.' });
    expect(patched.status).toBe(200);
    expect(patched.body.validationStatus).toBeNull();
    expect(patched.body.validations).toEqual([
      expect.objectContaining({
        id: first.body.id,
        status: 'VERIFIED',
        voidedAt: expect.any(String),
        voidReason: 'finding changed after validation: summary',
      }),
    ]);
    // The record is evidence: still there, and the voiding is on the audit log.
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM validations WHERE finding_id = $1`,
      [findingId],
    );
    expect(n).toBe(1);
    await auditSettled(t);
    const [voidEvent] = await t.db.query(
      `SELECT actor_id, details FROM audit_events WHERE action = 'finding.validations.void' AND subject_id = $1`,
      [findingId],
    );
    expect(voidEvent).toEqual({
      actor_id: w.searcher.id,
      details: expect.objectContaining({
        validationIds: [first.body.id],
        fields: ['summary'],
        cause: 'finding.text.update',
      }),
    });
    // ADMIN's metadata view: unvalidated again.
    const meta = await t.http().get(`/api/vettings/${w.vettingIds[0]}`).set(w.admin.auth);
    expect(meta.body.findings[0].validationStatus).toBeNull();

    await t.http().post(`/api/vettings/${w.vettingIds[0]}/submit`).set(w.searcher.auth).expect(200);
    await redactAll(t, findingId, w.validator);
    const refused = await t
      .http()
      .post(`/api/vettings/${w.vettingIds[0]}/release`)
      .set(w.admin.auth);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain(`findings not validated: ${findingId}`);

    await validate(w, findingId, 'Re-checked against the new text');
    const r = await release(t, w.vettingIds[0], w.admin);
    const report = await t.http().get(`/api/reports/${r.reportVersionId}`).set(w.panel.auth);
    expect(report.body.findings[0].summary).toBe(
      'Changed after validation: now says something else entirely.',
    );
    // Released on a validation of the text it carried: no deviation.
    const u = await uniformity(w);
    expect(u.deviations.filter((d) => d.kind === 'VALIDATION_PREDATES_TEXT')).toEqual([]);
    expect(u.candidates[0].validation).toMatchObject({ verified: 1, unvalidated: 0 });
  });

  it('concurrent edits of one validated finding each get their own text version, none refused', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w);
    await validate(w, findingId);
    const [{ text_version: before }] = await t.db.query<{ text_version: number }[]>(
      `SELECT text_version FROM findings WHERE id = $1`,
      [findingId],
    );
    const edits = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        t
          .http()
          .patch(`/api/findings/${findingId}`)
          .set(w.searcher.auth)
          .send({ summary: `Edit number ${n} of the summary, made at the same time as others.` }),
      ),
    );
    expect(edits.map((e) => e.status)).toEqual([200, 200, 200, 200, 200]);
    const [{ text_version: after }] = await t.db.query<{ text_version: number }[]>(
      `SELECT text_version FROM findings WHERE id = $1`,
      [findingId],
    );
    expect(after).toBe(before + 5);
    const versions = await t.db.query<{ text_version: number }[]>(
      `SELECT DISTINCT text_version FROM screening_outbox WHERE finding_id = $1 AND text_version > $2`,
      [findingId, before],
    );
    expect(versions).toHaveLength(5);
  });

  it("a voided validation puts the finding back in the validators' work list", async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w);
    const waiting = async () =>
      (
        (await t.http().get('/api/me/work').set(w.validator.auth).expect(200)).body as {
          validations: { findingId: string }[];
        }
      ).validations.map((v) => v.findingId);
    expect(await waiting()).toContain(findingId);
    await validate(w, findingId);
    expect(await waiting()).not.toContain(findingId);
    await t
      .http()
      .patch(`/api/findings/${findingId}`)
      .set(w.searcher.auth)
      .send({ summary: 'Changed after validation: it needs a new one.' })
      .expect(200);
    expect(await waiting()).toContain(findingId);
  });

  it('a PATCH that changes nothing voids nothing', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w);
    await validate(w, findingId);
    const same = await t.http().patch(`/api/findings/${findingId}`).set(w.searcher.auth).send({});
    expect(same.status).toBe(200);
    expect(same.body.validationStatus).toBe('VERIFIED');
    expect(same.body.validations[0].voidedAt).toBeNull();
  });

  it('any path that changes text or identity matches voids (database trigger), and validations cannot be deleted or rewritten', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w);
    const v = await validate(w, findingId);
    await t.db.query(
      `UPDATE findings SET identity_matches = identity_matches || '[{"type":"EMPLOYER","detail":"Added later"}]'::jsonb WHERE id = $1`,
      [findingId],
    );
    const [row] = await t.db.query(`SELECT voided_at, void_reason FROM validations WHERE id = $1`, [
      v.body.id,
    ]);
    expect(row.voided_at).not.toBeNull();
    expect(row.void_reason).toBe('finding changed after validation: identityMatches');
    const [change] = await t.db.query(
      `SELECT fields FROM finding_text_changes WHERE finding_id = $1`,
      [findingId],
    );
    expect(change.fields).toEqual(['identityMatches']);
    const read = await t.http().get(`/api/findings/${findingId}`).set(w.searcher.auth);
    expect(read.body.validationStatus).toBeNull();

    await expect(t.db.query(`DELETE FROM validations WHERE id = $1`, [v.body.id])).rejects.toThrow(
      /validations are evidence/,
    );
    await expect(
      t.db.query(`UPDATE validations SET notes = 'rewritten' WHERE id = $1`, [v.body.id]),
    ).rejects.toThrow(/validations are evidence/);
    await expect(
      t.db.query(`UPDATE validations SET voided_at = NULL, void_reason = NULL WHERE id = $1`, [
        v.body.id,
      ]),
    ).rejects.toThrow(/validations are evidence/);
    // A purge under the retention schedule empties the excerpt without voiding anything.
    const v2 = await validate(w, findingId);
    await t.db.query(
      `UPDATE findings SET excerpt = NULL, source_url = NULL, purged_at = now() WHERE id = $1`,
      [findingId],
    );
    const [kept] = await t.db.query(`SELECT voided_at FROM validations WHERE id = $1`, [
      v2.body.id,
    ]);
    expect(kept.voided_at).toBeNull();
  });

  it('uniformity lists a released finding whose text changed after the validation it was released on', async () => {
    const w = await buildWorld(t, { candidates: 2 });
    const findingId = await readyToRelease(t, w);
    const r = await release(t, w.vettingIds[0], w.admin);
    expect((await uniformity(w)).deviations.map((d) => d.kind)).not.toContain(
      'VALIDATION_PREDATES_TEXT',
    );

    // A change after the release does not taint that release (the panel read validated text)…
    await t.db.query(`UPDATE findings SET summary = 'Edited after release' WHERE id = $1`, [
      findingId,
    ]);
    expect((await uniformity(w)).deviations.map((d) => d.kind)).not.toContain(
      'VALIDATION_PREDATES_TEXT',
    );

    // …but a change between the validation and the release does (records made before the fix).
    const [{ released_at: releasedAt }] = await t.db.query(
      `SELECT released_at FROM report_versions WHERE id = $1`,
      [r.reportVersionId],
    );
    const [{ created_at: validatedAt }] = await t.db.query(
      `SELECT created_at FROM validations WHERE finding_id = $1 ORDER BY created_at LIMIT 1`,
      [findingId],
    );
    const between = new Date((validatedAt.getTime() + releasedAt.getTime()) / 2);
    await t.db.query(
      `INSERT INTO finding_text_changes (finding_id, changed_at, fields) VALUES ($1, $2, '{excerpt,mitigation}')`,
      [findingId, between],
    );
    const u = await uniformity(w);
    const found = u.deviations.filter((d) => d.kind === 'VALIDATION_PREDATES_TEXT');
    expect(found).toHaveLength(1);
    expect(found[0].vettingId).toBe(w.vettingIds[0]);
    expect(found[0].explanation).toContain(
      `Report version 1 for Jordan Doe 0 put finding ${findingId}`,
    );
    expect(found[0].explanation).toContain(
      `its excerpt, mitigation changed on ${between.toISOString()}`,
    );
  });
});
