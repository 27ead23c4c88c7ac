import { createHash } from 'node:crypto';
import { Role } from '../../src/auth/role.enum';
import {
  buildWorld,
  CHECKLIST,
  designatedSearcher,
  designation,
  findingBody,
  itemBody,
  searchEverything,
} from '../support/fixtures';
import { AuditService } from '../../src/audit/audit.service';
import { startTestApp, TestApp } from '../support/test-app';
import { wellFormedPng } from '../support/evidence-fixtures';
import { auditQuery, auditSettled } from '../support/audit';

describe('the vetting workflow', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const lastDenial = async (action: string) =>
    (
      await auditQuery(
        t,
        `SELECT * FROM audit_events WHERE action = $1 AND outcome = 'DENIED' ORDER BY seq DESC LIMIT 1`,
        [action],
      )
    )[0];

  describe('searcher designation (sensitive position)', () => {
    it('records who designated whom and when; the user view shows it active', async () => {
      const admin = await t.user([Role.ADMIN]);
      const s = await t.user([Role.SEARCHER]);
      const res = await t
        .http()
        .post(`/api/users/${s.id}/designation`)
        .set(admin.auth)
        .send(designation());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        userId: s.id,
        designatedBy: admin.id,
        active: true,
        revokedAt: null,
      });
    });

    it('refuses to designate someone without the SEARCHER role, or with an expiry in the past', async () => {
      const admin = await t.user([Role.ADMIN]);
      const p = await t.user([Role.PANEL]);
      const noRole = await t
        .http()
        .post(`/api/users/${p.id}/designation`)
        .set(admin.auth)
        .send(designation());
      expect(noRole.status).toBe(409);
      expect(noRole.body.message).toMatch(/SEARCHER role/);
      const s = await t.user([Role.SEARCHER]);
      const past = await t
        .http()
        .post(`/api/users/${s.id}/designation`)
        .set(admin.auth)
        .send(designation({ expiresOn: '2020-01-01' }));
      expect(past.status).toBe(422);
    });

    it('refuses an undesignated searcher at assignment, saying why', async () => {
      const w = await buildWorld(t, { candidates: 2 });
      const undesignated = await t.user([Role.SEARCHER]);
      const res = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[1]}/assignment`)
        .set(w.admin.auth)
        .send({ searcherId: undesignated.id });
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/not been designated/);
    });

    it('blocks work the moment a designation expires in the middle of an assignment', async () => {
      const w = await buildWorld(t);
      await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/google`)
        .set(w.searcher.auth)
        .send(itemBody())
        .expect(200);
      await t.db.query(
        `UPDATE searcher_designations SET expires_on = current_date - 1 WHERE user_id = $1 AND revoked_at IS NULL`,
        [w.searcher.id],
      );
      const res = await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/court`)
        .set(w.searcher.auth)
        .send(itemBody());
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/expired on/);
      expect(
        (await t.http().get(`/api/vettings/${w.vettingIds[0]}`).set(w.searcher.auth)).status,
      ).toBe(403);
      expect(await lastDenial('item.search.log')).toMatchObject({ actor_id: w.searcher.id });
    });

    it('revoking blocks further work on assignments already held, with the reason', async () => {
      const w = await buildWorld(t);
      await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/google`)
        .set(w.searcher.auth)
        .send(itemBody())
        .expect(200);
      const rev = await t
        .http()
        .delete(`/api/users/${w.searcher.id}/designation`)
        .set(w.admin.auth)
        .send({ reason: 'Left the background unit' });
      expect(rev.status).toBe(200);
      expect(rev.body.active).toBe(false);
      const res = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/findings`)
        .set(w.searcher.auth)
        .send(findingBody());
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/revoked on .*Left the background unit/);
    });
  });

  describe('processes and the uniform checklist', () => {
    it('applies the defaults and records the checklist version on every vetting', async () => {
      const w = await buildWorld(t, { candidates: 2 });
      const p = await t.http().get(`/api/processes/${w.processId}`).set(w.admin.auth);
      expect(p.body).toMatchObject({
        requireIndependentValidation: true,
        minIdentityMatches: 3,
        searchWindowYears: 7,
      });
      expect(p.body.checklist.version).toBe(1);
      expect(p.body.checklist.items.map((i: { key: string }) => i.key)).toEqual([
        'google',
        'facebook',
        'court',
      ]);
      const v = await t.http().get(`/api/vettings/${w.vettingIds[1]}`).set(w.admin.auth);
      expect(v.body.checklistVersion).toBe(1);
    });

    it('requires a reason to relax independent validation', async () => {
      const admin = await t.user([Role.ADMIN]);
      const res = await t
        .http()
        .post('/api/processes')
        .set(admin.auth)
        .send({ title: 'X', requireIndependentValidation: false });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/independenceRelaxedReason is required/);
    });

    it('refuses duplicate item keys within a version', async () => {
      const w = await buildWorld(t);
      const res = await t
        .http()
        .put(`/api/processes/${w.processId}/checklist`)
        .set(w.admin.auth)
        .send({ items: [CHECKLIST[0], CHECKLIST[0]] });
      expect(res.status).toBe(422);
      expect(res.body.message).toMatch(/repeated: google/);
    });

    it('moves every candidate to a new version before vetting starts, and locks it after the first start', async () => {
      const w = await buildWorld(t, { candidates: 2 });
      const v2 = await t
        .http()
        .put(`/api/processes/${w.processId}/checklist`)
        .set(w.admin.auth)
        .send({
          items: [
            ...CHECKLIST,
            { key: 'news', title: 'News', platform: 'News archive', instructions: 'Local papers' },
          ],
        });
      expect(v2.status).toBe(200);
      expect(v2.body.checklist.version).toBe(2);
      expect(
        (await t.http().get(`/api/vettings/${w.vettingIds[1]}`).set(w.admin.auth)).body
          .checklistVersion,
      ).toBe(2);

      await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/google`)
        .set(w.searcher.auth)
        .send(itemBody())
        .expect(200);
      const locked = await t
        .http()
        .put(`/api/processes/${w.processId}/checklist`)
        .set(w.admin.auth)
        .send({ items: CHECKLIST });
      expect(locked.status).toBe(409);
      expect(locked.body.message).toMatch(/checklist is locked: vetting started/);
      expect(
        (await t.http().get(`/api/processes/${w.processId}`).set(w.admin.auth)).body.checklist
          .version,
      ).toBe(2);
    });

    it('lists only the processes the caller takes part in; ADMIN and AUDITOR see all; outsiders get 404', async () => {
      const w = await buildWorld(t);
      const other = await buildWorld(t);
      const mine = await t.http().get('/api/processes').set(w.panel.auth);
      expect(mine.body.map((p: { id: string }) => p.id)).toEqual([w.processId]);
      expect(
        (await t.http().get(`/api/processes/${other.processId}`).set(w.panel.auth)).status,
      ).toBe(404);
      expect(
        (await t.http().get(`/api/processes/${other.processId}`).set(w.searcher.auth)).status,
      ).toBe(404);
      const auditor = await t.user([Role.AUDITOR]);
      const all = await t.http().get('/api/processes').set(auditor.auth);
      expect(all.body.map((p: { id: string }) => p.id)).toEqual(
        expect.arrayContaining([w.processId, other.processId]),
      );
    });
  });

  describe('separation of duties', () => {
    it('refuses to assign a panel member as searcher, with 409', async () => {
      const w = await buildWorld(t, { candidates: 2 });
      const both = await t.user([Role.SEARCHER, Role.PANEL]);
      await t
        .http()
        .post(`/api/users/${both.id}/designation`)
        .set(w.admin.auth)
        .send(designation())
        .expect(201);
      await t
        .http()
        .post(`/api/processes/${w.processId}/panel`)
        .set(w.admin.auth)
        .send({ userId: both.id })
        .expect(201);
      const res = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[1]}/assignment`)
        .set(w.admin.auth)
        .send({ searcherId: both.id });
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/Separation of duties: .*sits on the hiring panel/);
      const pool = await t
        .http()
        .post(`/api/processes/${w.processId}/searchers`)
        .set(w.admin.auth)
        .send({ userId: both.id });
      expect(pool.status).toBe(409);
      expect(await lastDenial('vetting.assign')).toMatchObject({ subject_id: w.processId });
    });

    it('refuses a panel seat to anyone who searched, validated or is in the searcher pool', async () => {
      const w = await buildWorld(t);
      await t
        .http()
        .patch(`/api/users/${w.searcher.id}`)
        .set(w.admin.auth)
        .send({ roles: [Role.SEARCHER, Role.PANEL] })
        .expect(200);
      const res = await t
        .http()
        .post(`/api/processes/${w.processId}/panel`)
        .set(w.admin.auth)
        .send({ userId: w.searcher.id });
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(
        /is assigned as searcher in this process, so they may not sit on its hiring panel/,
      );
      await t
        .http()
        .patch(`/api/users/${w.validator.id}`)
        .set(w.admin.auth)
        .send({ roles: [Role.SEARCHER, Role.PANEL] })
        .expect(200);
      const v = await t
        .http()
        .post(`/api/processes/${w.processId}/panel`)
        .set(w.admin.auth)
        .send({ userId: w.validator.id });
      expect(v.status).toBe(409);
    });

    it('refuses searcher work to someone who sat on the panel, even after removal', async () => {
      const w = await buildWorld(t, { candidates: 2 });
      const both = await designatedSearcher(t, w.admin);
      await t
        .http()
        .patch(`/api/users/${both.id}`)
        .set(w.admin.auth)
        .send({ roles: [Role.SEARCHER, Role.PANEL] })
        .expect(200);
      await t
        .http()
        .post(`/api/processes/${w.processId}/panel`)
        .set(w.admin.auth)
        .send({ userId: both.id })
        .expect(201);
      await t
        .http()
        .delete(`/api/processes/${w.processId}/panel/${both.id}`)
        .set(w.admin.auth)
        .expect(204);
      for (const res of [
        await t
          .http()
          .post(`/api/processes/${w.processId}/searchers`)
          .set(w.admin.auth)
          .send({ userId: both.id }),
        await t
          .http()
          .post(`/api/vettings/${w.vettingIds[1]}/assignment`)
          .set(w.admin.auth)
          .send({ searcherId: both.id }),
      ]) {
        expect(res.status).toBe(409);
        expect(res.body.message).toMatch(/sat on the hiring panel/);
      }
    });

    it('refuses a validator and a filter reviewer a panel seat, each on its own', async () => {
      const w = await buildWorld(t);
      const findingId = await searchEverything(t, w);
      const reviewer = await designatedSearcher(t, w.admin);
      await t
        .http()
        .post(`/api/processes/${w.processId}/searchers`)
        .set(w.admin.auth)
        .send({ userId: reviewer.id })
        .expect(201);
      await t
        .http()
        .post(`/api/findings/${findingId}/validations`)
        .set(w.validator.auth)
        .send({ status: 'VERIFIED', method: 'Photo cross-check', notes: 'Matches' })
        .expect(201);
      for (const u of [w.validator, reviewer]) {
        await t
          .http()
          .patch(`/api/users/${u.id}`)
          .set(w.admin.auth)
          .send({ roles: [Role.SEARCHER, Role.PANEL] })
          .expect(200);
        const res = await t
          .http()
          .post(`/api/processes/${w.processId}/panel`)
          .set(w.admin.auth)
          .send({ userId: u.id });
        expect(res.status).toBe(409);
        expect(res.body.message).toMatch(/so they may not sit on its hiring panel/);
      }
      const validatorRefusal = await t
        .http()
        .post(`/api/processes/${w.processId}/panel`)
        .set(w.admin.auth)
        .send({ userId: w.validator.id });
      expect(validatorRefusal.body.message).toMatch(/has validated findings in/);
    });

    it('keeps auditors and records custodians, who read unfiltered records, off hiring panels', async () => {
      const w = await buildWorld(t);
      for (const roles of [
        [Role.AUDITOR, Role.PANEL],
        [Role.RECORDS_CUSTODIAN, Role.PANEL],
      ]) {
        const u = await t.user(roles);
        const res = await t
          .http()
          .post(`/api/processes/${w.processId}/panel`)
          .set(w.admin.auth)
          .send({ userId: u.id });
        expect(res.status).toBe(409);
        expect(res.body.message).toMatch(/may not sit on a hiring panel/);
      }
      const grant = await t
        .http()
        .patch(`/api/users/${w.panel.id}`)
        .set(w.admin.auth)
        .send({ roles: [Role.PANEL, Role.AUDITOR] });
      expect(grant.status).toBe(409);
      expect(grant.body.message).toMatch(/sits on a hiring panel/);
    });

    it('holds when the two requests race: exactly one wins, every time', async () => {
      for (let round = 0; round < 5; round++) {
        const w = await buildWorld(t, { candidates: 2 });
        const both = await t.user([Role.SEARCHER, Role.PANEL]);
        await t
          .http()
          .post(`/api/users/${both.id}/designation`)
          .set(w.admin.auth)
          .send(designation())
          .expect(201);
        const [panel, assign] = await Promise.all([
          t
            .http()
            .post(`/api/processes/${w.processId}/panel`)
            .set(w.admin.auth)
            .send({ userId: both.id }),
          t
            .http()
            .post(`/api/vettings/${w.vettingIds[1]}/assignment`)
            .set(w.admin.auth)
            .send({ searcherId: both.id }),
        ]);
        // One succeeds (panel 201 or assignment 200); the other is refused with 409.
        expect(panel.status === 201 ? assign.status : panel.status).toBe(409);
        const wins = [panel.status === 201, assign.status === 200].filter(Boolean).length;
        expect(wins).toBe(1);
        const [{ breaches }] = await t.db.query(
          `SELECT count(*)::int AS breaches FROM panel_members pm JOIN process_searchers ps ON ps.process_id = pm.process_id AND ps.user_id = pm.user_id
            WHERE pm.process_id = $1 AND pm.removed_at IS NULL`,
          [w.processId],
        );
        expect(breaches).toBe(0);
      }
    });
  });

  describe('logging the search', () => {
    it('refuses a prohibited method with 422 citing Wis. Stat. 995.55, and audits the refusal', async () => {
      const w = await buildWorld(t);
      const res = await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/facebook`)
        .set(w.searcher.auth)
        .send(itemBody('NO_FINDINGS', { method: 'REQUEST_CREDENTIALS' }));
      expect(res.status).toBe(422);
      expect(res.body.message).toMatch(
        /Prohibited search method REQUEST_CREDENTIALS: Wis\. Stat\. 995\.55/,
      );
      const denial = await lastDenial('item.search.log');
      expect(denial).toMatchObject({ actor_id: w.searcher.id, subject_id: w.vettingIds[0] });
      expect(denial.details).toMatchObject({
        rule: 'lawful-methods',
        method: 'REQUEST_CREDENTIALS',
        status: 422,
      });
      for (const method of [
        'FRIEND_OR_FOLLOW_REQUEST',
        'PRETEXT_ACCOUNT',
        'CONTENT_BEHIND_LOGIN',
      ]) {
        const f = await t
          .http()
          .post(`/api/vettings/${w.vettingIds[0]}/findings`)
          .set(w.searcher.auth)
          .send(findingBody({ method }));
        expect(f.status).toBe(422);
        expect(f.body.message).toMatch(/995\.55/);
      }
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM findings WHERE vetting_id = $1`,
        [w.vettingIds[0]],
      );
      expect(n).toBe(0);
    });

    it('requires notes for NOT_APPLICABLE and UNABLE, and refuses a future searchedAt', async () => {
      const w = await buildWorld(t);
      const noNotes = await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/facebook`)
        .set(w.searcher.auth)
        .send(itemBody('UNABLE'));
      expect(noNotes.status).toBe(400);
      expect(noNotes.body.message).toMatch(/notes are required for NOT_APPLICABLE and UNABLE/);
      const future = await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/facebook`)
        .set(w.searcher.auth)
        .send(itemBody('NO_FINDINGS', { searchedAt: '2099-01-01T00:00:00Z' }));
      expect(future.status).toBe(400);
      expect(future.body.message).toMatch(/searchedAt cannot be in the future/);
      const unknown = await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/myspace`)
        .set(w.searcher.auth)
        .send(itemBody());
      expect(unknown.status).toBe(404);
    });

    it('answers characters PostgreSQL cannot store with 400, and still audits a refusal that quotes them', async () => {
      const w = await buildWorld(t);
      await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/facebook`)
        .set(w.searcher.auth)
        .send(itemBody('FINDINGS'))
        .expect(200);
      const nul = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/findings`)
        .set(w.searcher.auth)
        .send(
          findingBody({
            identityMatches: [
              { type: 'PHOTO', detail: 'a\u0000b' },
              { type: 'NAME', detail: 'x' },
              { type: 'LOCATION', detail: 'y' },
            ],
          }),
        );
      expect(nul.status).toBe(400);
      // In a JSON body, such text is refused at the door, naming the field.
      const surrogate = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/findings`)
        .set(w.searcher.auth)
        .send(findingBody({ itemKey: 'bad\ud800key' }));
      expect(surrogate.status).toBe(400);
      expect(surrogate.body.message).toMatch(/^itemKey contains a lone surrogate/);
      // A refusal quoting such text from anywhere else is still stored, the characters replaced.
      const event = await t.get(AuditService).record({
        action: 'finding.create',
        subjectType: 'item',
        subjectId: 'bad\ud800key',
        outcome: 'DENIED',
        details: { itemKey: 'bad\u0000key' },
      });
      await auditSettled(t);
      const [stored] = await t.db.query<{ subject_id: string; details: { itemKey: string } }[]>(
        `SELECT subject_id, details FROM audit_events WHERE intake_id = $1`,
        [event.intakeId],
      );
      expect(stored.subject_id).toBe('bad\uFFFDkey');
      expect(stored.details.itemKey).toBe('bad\uFFFDkey');
    });

    it('validates findings: OTHER needs a justification, URLs are http(s), content inside the search window', async () => {
      const w = await buildWorld(t);
      const other = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/findings`)
        .set(w.searcher.auth)
        .send(findingBody({ category: 'OTHER' }));
      expect(other.status).toBe(400);
      expect(other.body.message).toMatch(/categoryJustification is required/);
      const ftp = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/findings`)
        .set(w.searcher.auth)
        .send(findingBody({ sourceUrl: 'ftp://example.com/x' }));
      expect(ftp.status).toBe(400);
      expect(ftp.body.message).toMatch(/sourceUrl must be an http or https URL/);
      const old = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/findings`)
        .set(w.searcher.auth)
        .send(findingBody({ contentDate: '2012-05-01' }));
      expect(old.status).toBe(422);
      expect(old.body.message).toMatch(/older than this process's search window of 7 years/);
      const long = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/findings`)
        .set(w.searcher.auth)
        .send(findingBody({ summary: 'x'.repeat(2001) }));
      expect(long.status).toBe(400);
      const ok = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/findings`)
        .set(w.searcher.auth)
        .send(
          findingBody({
            category: 'OTHER',
            categoryJustification: 'Impersonating a police officer online',
          }),
        );
      expect(ok.status).toBe(201);
    });

    it("keeps a searcher out of another searcher's vetting with 404, and PANEL out entirely", async () => {
      const w = await buildWorld(t, { candidates: 2 });
      const other = await designatedSearcher(t, w.admin);
      await t
        .http()
        .post(`/api/vettings/${w.vettingIds[1]}/assignment`)
        .set(w.admin.auth)
        .send({ searcherId: other.id })
        .expect(200);
      expect(
        (await t.http().get(`/api/vettings/${w.vettingIds[1]}`).set(w.searcher.auth)).status,
      ).toBe(404);
      expect(
        (
          await t
            .http()
            .put(`/api/vettings/${w.vettingIds[1]}/items/google`)
            .set(w.searcher.auth)
            .send(itemBody())
        ).status,
      ).toBe(404);
      expect(
        (await t.http().post(`/api/vettings/${w.vettingIds[1]}/submit`).set(w.searcher.auth))
          .status,
      ).toBe(404);
      const list = await t.http().get('/api/vettings').set(w.searcher.auth);
      expect(list.body.map((v: { id: string }) => v.id)).toEqual([w.vettingIds[0]]);
      expect(
        (await t.http().get(`/api/vettings/${w.vettingIds[0]}`).set(w.panel.auth)).status,
      ).toBe(403);
    });

    it('gives raw content only to the assigned searcher, auditing the read; ADMIN and AUDITOR get metadata', async () => {
      const w = await buildWorld(t);
      const findingId = await searchEverything(t, w);
      const raw = await t.http().get(`/api/vettings/${w.vettingIds[0]}`).set(w.searcher.auth);
      expect(raw.status).toBe(200);
      expect(raw.body.view).toBe('RAW');
      expect(raw.body.findings[0].excerpt).toMatch(/bullet in his truck/);
      await auditSettled(t);
      const [read] = await t.db.query(
        `SELECT actor_id, details FROM audit_events WHERE action = 'vetting.read.raw' AND subject_id = $1`,
        [w.vettingIds[0]],
      );
      expect(read.actor_id).toBe(w.searcher.id);
      expect(JSON.stringify(read.details)).not.toMatch(/bullet/);

      const auditor = await t.user([Role.AUDITOR]);
      for (const who of [w.admin, auditor]) {
        const meta = await t.http().get(`/api/vettings/${w.vettingIds[0]}`).set(who.auth);
        expect(meta.body.view).toBe('METADATA');
        const text = JSON.stringify(meta.body);
        expect(text).not.toMatch(/bullet|facebook\.com|neighbour/);
        expect(meta.body.findings[0]).toMatchObject({
          id: findingId,
          category: 'THREATS_VIOLENCE',
          validationStatus: null,
        });
      }
      const viaFinding = await t.http().get(`/api/findings/${findingId}`).set(w.validator.auth);
      expect(viaFinding.body.sourceUrl).toBe('https://www.facebook.com/jdoe/posts/123');
      const outsider = await designatedSearcher(t, w.admin);
      expect((await t.http().get(`/api/findings/${findingId}`).set(outsider.auth)).status).toBe(
        404,
      );
    });
  });

  describe('evidence', () => {
    const png = wellFormedPng('capture');

    it('stores the file write-once and returns its SHA-256 and size', async () => {
      const w = await buildWorld(t);
      await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/facebook`)
        .set(w.searcher.auth)
        .send(itemBody('FINDINGS'))
        .expect(200);
      const f = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/findings`)
        .set(w.searcher.auth)
        .send(findingBody());
      const res = await t
        .http()
        .post(`/api/findings/${f.body.id}/evidence`)
        .set(w.searcher.auth)
        .attach('file', png, 'capture.png');
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        sha256: createHash('sha256').update(png).digest('hex'),
        size: png.length,
        contentType: 'image/png',
      });
      const [row] = await t.db.query(`SELECT storage_key FROM evidence_files WHERE id = $1`, [
        res.body.id,
      ]);
      const { readFileSync } = await import('node:fs');
      const { join } = await import('node:path');
      expect(readFileSync(join(process.env.EVIDENCE_DIR!, row.storage_key)).equals(png)).toBe(true);

      const exe = await t
        .http()
        .post(`/api/findings/${f.body.id}/evidence`)
        .set(w.searcher.auth)
        .attach('file', Buffer.from('MZ\x90\x00binary'), 'tool.exe');
      expect(exe.status).toBe(415);
      const big = await t
        .http()
        .post(`/api/findings/${f.body.id}/evidence`)
        .set(w.searcher.auth)
        .attach('file', Buffer.concat([png, Buffer.alloc(21 * 1024 * 1024)]), 'big.png');
      expect(big.status).toBe(413);
      const other = await t
        .http()
        .post(`/api/findings/${f.body.id}/evidence`)
        .set(w.validator.auth)
        .attach('file', png, 'x.png');
      expect(other.status).toBe(404);
    });
  });

  describe('validation', () => {
    it('requires a validator other than the author when independence is on', async () => {
      const w = await buildWorld(t);
      const findingId = await searchEverything(t, w);
      const self = await t
        .http()
        .post(`/api/findings/${findingId}/validations`)
        .set(w.searcher.auth)
        .send({ status: 'VERIFIED', method: 'Cross-checked photo', notes: 'Matches' });
      expect(self.status).toBe(409);
      expect(self.body.message).toMatch(/other than the one who logged it/);
      const ok = await t
        .http()
        .post(`/api/findings/${findingId}/validations`)
        .set(w.validator.auth)
        .send({ status: 'VERIFIED', method: 'Cross-checked photo', notes: 'Matches' });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({
        status: 'VERIFIED',
        validatorId: w.validator.id,
        selfValidated: false,
      });
    });

    it('allows self-validation only where the process relaxed the rule with a reason', async () => {
      const w = await buildWorld(t, {
        process: {
          requireIndependentValidation: false,
          independenceRelaxedReason: 'Single-searcher department, approved by the chief',
        },
      });
      const findingId = await searchEverything(t, w);
      const self = await t
        .http()
        .post(`/api/findings/${findingId}/validations`)
        .set(w.searcher.auth)
        .send({ status: 'VERIFIED', method: 'Photo', notes: 'Matches' });
      expect(self.status).toBe(201);
      expect(self.body.selfValidated).toBe(true);
    });

    it('requires the identity threshold to verify, and a name alone never counts', async () => {
      const w = await buildWorld(t, { process: { minIdentityMatches: 1 } });
      const nameOnly = await searchEverything(t, w, w.vettingIds[0], w.searcher, {
        identityMatches: [
          { type: 'NAME', detail: 'Jordan Doe' },
          { type: 'NAME', detail: 'J. Doe' },
        ],
      });
      const res = await t
        .http()
        .post(`/api/findings/${nameOnly}/validations`)
        .set(w.validator.auth)
        .send({ status: 'VERIFIED', method: 'Name search', notes: 'Same name' });
      expect(res.status).toBe(422);
      expect(res.body.message).toMatch(/has 0 that count \(NAME\); a name alone never counts/);
      const refuted = await t
        .http()
        .post(`/api/findings/${nameOnly}/validations`)
        .set(w.validator.auth)
        .send({ status: 'REFUTED', method: 'Name search', notes: 'Different person' });
      expect(refuted.status).toBe(201);

      const w3 = await buildWorld(t);
      const two = await searchEverything(t, w3, w3.vettingIds[0], w3.searcher, {
        identityMatches: [
          { type: 'NAME', detail: 'x' },
          { type: 'PHOTO', detail: 'y' },
          { type: 'PHOTO', detail: 'z' },
        ],
      });
      const short = await t
        .http()
        .post(`/api/findings/${two}/validations`)
        .set(w3.validator.auth)
        .send({ status: 'VERIFIED', method: 'Photo comparison', notes: 'Photos match' });
      expect(short.status).toBe(422);
      expect(short.body.message).toMatch(
        /at least 3 distinct identity-match types.*has 2 that count/,
      );
    });

    it('refuses validation by a searcher outside the process with 404', async () => {
      const w = await buildWorld(t);
      const findingId = await searchEverything(t, w);
      const outsider = await designatedSearcher(t, w.admin);
      const res = await t
        .http()
        .post(`/api/findings/${findingId}/validations`)
        .set(outsider.auth)
        .send({ status: 'VERIFIED', method: 'm..', notes: 'n..' });
      expect(res.status).toBe(404);
    });
  });

  describe('submission', () => {
    it('refuses while items are unresolved, listing their keys; then submits and freezes the record', async () => {
      const w = await buildWorld(t);
      await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/google`)
        .set(w.searcher.auth)
        .send(itemBody())
        .expect(200);
      const early = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/submit`)
        .set(w.searcher.auth);
      expect(early.status).toBe(409);
      expect(early.body.message).toMatch(/unresolved checklist items: facebook, court/);

      await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/facebook`)
        .set(w.searcher.auth)
        .send(itemBody('FINDINGS'))
        .expect(200);
      await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/court`)
        .set(w.searcher.auth)
        .send(itemBody('NOT_APPLICABLE', { notes: 'Candidate has never lived in Wisconsin' }))
        .expect(200);
      const empty = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/submit`)
        .set(w.searcher.auth);
      expect(empty.status).toBe(409);
      expect(empty.body.message).toMatch(/marked FINDINGS with no finding logged: facebook/);

      await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/findings`)
        .set(w.searcher.auth)
        .send(findingBody())
        .expect(201);
      const ok = await t
        .http()
        .post(`/api/vettings/${w.vettingIds[0]}/submit`)
        .set(w.searcher.auth);
      expect(ok.status).toBe(200);
      expect(ok.body.status).toBe('SUBMITTED');
      const after = await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/google`)
        .set(w.searcher.auth)
        .send(itemBody());
      expect(after.status).toBe(409);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM search_logs WHERE vetting_id = $1`,
        [w.vettingIds[0]],
      );
      expect(n).toBe(3);
    });
  });
});
