import { Role } from '../../src/auth/role.enum';
import { TestApp, TestUser } from '../support/test-app';
import { existsSync } from 'node:fs';
import { AuditVerificationService } from '../../src/audit/audit-verification.service';
import { RetentionService } from '../../src/records/retention.service';
import { CHECKLIST, findingBody, itemBody } from '../support/fixtures';
import { startTestApp } from '../support/test-app';
import {
  sha256,
  vetted,
  world,
  closeAged,
  insertReport,
  reportContent,
  custodian,
  evidencePath,
} from '../support/records-fixtures';
import { auditQuery, auditSettled } from '../support/audit';

describe('records: closing, legal holds, records requests and the retention purge', () => {
  let t: TestApp;
  let retention: RetentionService;
  let rita: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    retention = t.get(RetentionService);
    rita = await custodian(t);
  });
  afterAll(() => t.close());

  const lastEvent = async (action: string, subjectId?: string) =>
    (
      await auditQuery(
        t,
        `SELECT * FROM audit_events WHERE action = $1 AND ($2::text IS NULL OR subject_id = $2) ORDER BY seq DESC LIMIT 1`,
        [action, subjectId ?? null],
      )
    )[0];

  describe('closing a hiring process', () => {
    it('closes once (audited), then refuses every change with 409: candidates, checklist, item log, findings, assignment, panel', async () => {
      const w = await world(t, 2);
      await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/google`)
        .set(w.searcher.auth)
        .send(itemBody())
        .expect(200);
      const res = await t
        .http()
        .post(`/api/processes/${w.processId}/close`)
        .set(w.admin.auth)
        .send({ reason: 'Hiring complete' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: w.processId,
        status: 'CLOSED',
        closedAt: expect.any(String),
      });
      const [row] = await t.db.query(
        `SELECT status, closed_at FROM hiring_processes WHERE id = $1`,
        [w.processId],
      );
      expect(row.status).toBe('CLOSED');
      const closeEvent = await lastEvent('process.close', w.processId);
      expect(closeEvent).toMatchObject({ outcome: 'ALLOWED', actor_id: w.admin.id });
      expect(closeEvent.details).toMatchObject({
        from: 'OPEN',
        to: 'CLOSED',
        reason: 'Hiring complete',
        vettings: 2,
        unfinishedVettings: 2,
      });

      const again = await t
        .http()
        .post(`/api/processes/${w.processId}/close`)
        .set(w.admin.auth)
        .send({ reason: 'Closing it twice' });
      expect(again.status).toBe(409);
      expect(again.body.message).toMatch(/was closed on/);
      expect(await lastEvent('process.close', w.processId)).toMatchObject({ outcome: 'DENIED' });

      const other = await t.user([Role.PANEL]);
      const attempts = await Promise.all([
        t
          .http()
          .post(`/api/processes/${w.processId}/candidates`)
          .set(w.admin.auth)
          .send({
            fullName: 'Late Applicant',
            consentRecordedAt: new Date(Date.now() - 864e5).toISOString(),
          }),
        t
          .http()
          .put(`/api/processes/${w.processId}/checklist`)
          .set(w.admin.auth)
          .send({ items: CHECKLIST }),
        t
          .http()
          .put(`/api/vettings/${w.vettingIds[0]}/items/court`)
          .set(w.searcher.auth)
          .send(itemBody()),
        t
          .http()
          .post(`/api/vettings/${w.vettingIds[0]}/findings`)
          .set(w.searcher.auth)
          .send(findingBody()),
        t
          .http()
          .post(`/api/vettings/${w.vettingIds[1]}/assignment`)
          .set(w.admin.auth)
          .send({ searcherId: w.searcher.id }),
        t
          .http()
          .post(`/api/processes/${w.processId}/panel`)
          .set(w.admin.auth)
          .send({ userId: other.id }),
      ]);
      for (const a of attempts) {
        expect({ status: a.status, message: a.body.message }).toEqual({
          status: 409,
          message: expect.stringMatching(/hiring process was closed on/),
        });
      }
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM candidates WHERE process_id = $1`,
        [w.processId],
      );
      expect(n).toBe(2);
    });

    it('answers 404 for an unknown process and 400 for a malformed id or unknown field', async () => {
      const admin = await t.user([Role.ADMIN]);
      expect(
        (
          await t
            .http()
            .post(`/api/processes/00000000-0000-4000-8000-000000000000/close`)
            .set(admin.auth)
            .send({ reason: 'Hiring complete' })
        ).status,
      ).toBe(404);
      expect(
        (await t.http().post(`/api/processes/not-a-uuid/close`).set(admin.auth).send({})).status,
      ).toBe(400);
      const w = await world(t);
      expect(
        (
          await t
            .http()
            .post(`/api/processes/${w.processId}/close`)
            .set(admin.auth)
            .send({ reason: 'Hiring complete', status: 'OPEN' })
        ).status,
      ).toBe(400);
    });

    it("shows the searcher's vettings of a closed process as closed in My work, no longer as in progress", async () => {
      const w = await world(t);
      await t
        .http()
        .put(`/api/vettings/${w.vettingIds[0]}/items/google`)
        .set(w.searcher.auth)
        .send(itemBody())
        .expect(200);
      const mine = async () =>
        (
          (await t.http().get('/api/me/work').set(w.searcher.auth).expect(200)).body as {
            vettings: { vettingId: string; status: string; processClosedAt: string | null }[];
          }
        ).vettings.find((v) => v.vettingId === w.vettingIds[0]);
      expect(await mine()).toMatchObject({ status: 'IN_PROGRESS', processClosedAt: null });
      const closed = await t
        .http()
        .post(`/api/processes/${w.processId}/close`)
        .set(w.admin.auth)
        .send({ reason: 'Hiring cancelled' })
        .expect(200);
      expect(await mine()).toMatchObject({ processClosedAt: closed.body.closedAt });
    });

    it('refuses to close a process without a reason, and leaves it open', async () => {
      const w = await world(t);
      for (const body of [{}, { reason: '' }, { reason: '   ' }, { reason: 7 }]) {
        const res = await t
          .http()
          .post(`/api/processes/${w.processId}/close`)
          .set(w.admin.auth)
          .send(body);
        expect({ status: res.status, message: res.body.message }).toEqual({
          status: 400,
          message: expect.stringContaining('reason is required: say why the process is closed'),
        });
      }
      const [{ status }] = await t.db.query<{ status: string }[]>(
        `SELECT status FROM hiring_processes WHERE id = $1`,
        [w.processId],
      );
      expect(status).toBe('OPEN');
    });
  });

  describe('applicant confidentiality flags', () => {
    it('sets confidentialityRequested and finalCandidate, auditing from/to', async () => {
      const w = await world(t);
      const [{ candidate_id: candidateId }] = await t.db.query(
        `SELECT candidate_id FROM vettings WHERE id = $1`,
        [w.vettingIds[0]],
      );
      const res = await t
        .http()
        .patch(`/api/candidates/${candidateId}`)
        .set(w.admin.auth)
        .send({ confidentialityRequested: true });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: candidateId,
        confidentialityRequested: true,
        finalCandidate: false,
      });
      expect((await lastEvent('candidate.records.update', candidateId)).details).toEqual({
        processId: w.processId,
        confidentialityRequested: { from: false, to: true },
      });
      const both = await t
        .http()
        .patch(`/api/candidates/${candidateId}`)
        .set(w.admin.auth)
        .send({ confidentialityRequested: true, finalCandidate: true });
      expect(both.body).toMatchObject({ confidentialityRequested: true, finalCandidate: true });
      expect((await lastEvent('candidate.records.update', candidateId)).details).toEqual({
        processId: w.processId,
        finalCandidate: { from: false, to: true },
      });
      expect(
        (await t.http().patch(`/api/candidates/${candidateId}`).set(w.admin.auth).send({})).status,
      ).toBe(400);
      expect(
        (
          await t
            .http()
            .patch(`/api/candidates/${candidateId}`)
            .set(w.admin.auth)
            .send({ finalCandidate: 'yes' })
        ).status,
      ).toBe(400);
      expect(
        (
          await t
            .http()
            .patch(`/api/candidates/${candidateId}`)
            .set(w.admin.auth)
            .send({ fullName: 'X' })
        ).status,
      ).toBe(400);
      expect(
        (
          await t
            .http()
            .patch(`/api/candidates/00000000-0000-4000-8000-000000000000`)
            .set(w.admin.auth)
            .send({ finalCandidate: true })
        ).status,
      ).toBe(404);
    });
  });

  describe('legal holds', () => {
    it('places, lists and releases a hold; the released row stays, with who, when and why', async () => {
      const w = await world(t);
      const res = await t.http().post('/api/legal-holds').set(rita.auth).send({
        subjectType: 'PROCESS',
        subjectId: w.processId,
        reason: 'Notice of claim from a rejected applicant',
        reference: 'Claim 2026-CV-0117',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        subjectType: 'PROCESS',
        subjectId: w.processId,
        processId: w.processId,
        candidateId: null,
        active: true,
        createdBy: rita.id,
      });
      expect((await lastEvent('legal-hold.create', res.body.id)).details).toMatchObject({
        holdSubjectType: 'PROCESS',
        reference: 'Claim 2026-CV-0117',
      });

      const list = await t.http().get('/api/legal-holds').set(rita.auth);
      expect(list.status).toBe(200);
      expect(list.body.map((h: { id: string }) => h.id)).toContain(res.body.id);

      expect(
        (await t.http().delete(`/api/legal-holds/${res.body.id}`).set(rita.auth).send({})).status,
      ).toBe(400);
      const released = await t
        .http()
        .delete(`/api/legal-holds/${res.body.id}`)
        .set(rita.auth)
        .send({ reason: 'Claim withdrawn' });
      expect(released.status).toBe(200);
      expect(released.body).toMatchObject({
        active: false,
        releasedBy: rita.id,
        releaseReason: 'Claim withdrawn',
        releasedAt: expect.any(String),
      });
      expect((await lastEvent('legal-hold.release', res.body.id)).details).toMatchObject({
        releaseReason: 'Claim withdrawn',
      });
      const twice = await t
        .http()
        .delete(`/api/legal-holds/${res.body.id}`)
        .set(rita.auth)
        .send({ reason: 'Again' });
      expect(twice.status).toBe(409);
      const [row] = await t.db.query(
        `SELECT released_at IS NOT NULL AS released FROM legal_holds WHERE id = $1`,
        [res.body.id],
      );
      expect(row.released).toBe(true);
    });

    it('requires an existing subject (404) and a well-formed body (400)', async () => {
      const nobody = '00000000-0000-4000-8000-000000000000';
      const base = { reason: 'Litigation anticipated', reference: 'Letter of 2026-02-01' };
      expect(
        (
          await t
            .http()
            .post('/api/legal-holds')
            .set(rita.auth)
            .send({ ...base, subjectType: 'PROCESS', subjectId: nobody })
        ).status,
      ).toBe(404);
      expect(
        (
          await t
            .http()
            .post('/api/legal-holds')
            .set(rita.auth)
            .send({ ...base, subjectType: 'CANDIDATE', subjectId: nobody })
        ).status,
      ).toBe(404);
      expect(
        (
          await t
            .http()
            .post('/api/legal-holds')
            .set(rita.auth)
            .send({ ...base, subjectType: 'VETTING', subjectId: nobody })
        ).status,
      ).toBe(400);
      expect(
        (
          await t
            .http()
            .post('/api/legal-holds')
            .set(rita.auth)
            .send({ subjectType: 'PROCESS', subjectId: nobody, reason: 'x' })
        ).status,
      ).toBe(400);
      expect(
        (
          await t
            .http()
            .post('/api/legal-holds')
            .set(rita.auth)
            .send({ ...base, subjectType: 'PROCESS', subjectId: 'nope' })
        ).status,
      ).toBe(400);
      expect(
        (await t.http().delete(`/api/legal-holds/${nobody}`).set(rita.auth).send({ reason: 'x' }))
          .status,
      ).toBe(404);
    });
  });

  describe('records requests', () => {
    it('logs a request as OPEN, resolves a candidate scope to its process, and records status changes from/to', async () => {
      const w = await world(t);
      const [{ candidate_id: candidateId }] = await t.db.query(
        `SELECT candidate_id FROM vettings WHERE id = $1`,
        [w.vettingIds[0]],
      );
      const res = await t.http().post('/api/records-requests').set(rita.auth).send({
        requester: 'Ozaukee Press',
        receivedAt: '2026-02-03T09:00:00Z',
        scope: { candidateId },
        description: 'All hiring records for the 2026 patrol process',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'OPEN',
        processId: w.processId,
        candidateId,
        scope: { candidateId },
      });
      const done = await t
        .http()
        .patch(`/api/records-requests/${res.body.id}`)
        .set(rita.auth)
        .send({ status: 'FULFILLED', note: 'Released redacted copies' });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({
        status: 'FULFILLED',
        statusNote: 'Released redacted copies',
        statusChangedBy: rita.id,
      });
      expect((await lastEvent('records-request.update', res.body.id)).details).toMatchObject({
        from: 'OPEN',
        to: 'FULFILLED',
      });
      const list = await t.http().get('/api/records-requests').set(rita.auth);
      expect(list.body.find((r: { id: string }) => r.id === res.body.id)).toMatchObject({
        status: 'FULFILLED',
      });
    });

    it('refuses a scope with no id (400), unknown ids (404), a candidate of another process (422), a future date, a bad status', async () => {
      const a = await world(t);
      const b = await world(t);
      const [{ candidate_id: candidateOfB }] = await t.db.query(
        `SELECT candidate_id FROM vettings WHERE id = $1`,
        [b.vettingIds[0]],
      );
      const body = (scope: unknown, extra: Record<string, unknown> = {}) => ({
        requester: 'R',
        receivedAt: '2026-02-03',
        scope,
        description: 'D',
        ...extra,
      });
      const post = (b2: unknown) =>
        t
          .http()
          .post('/api/records-requests')
          .set(rita.auth)
          .send(b2 as object);
      const empty = await post(body({}));
      expect(empty.status).toBe(400);
      expect(empty.body.message).toMatch(/scope needs processId or candidateId/);
      expect((await post(body(undefined))).status).toBe(400);
      expect((await post(body({ processId: a.processId, other: 1 }))).status).toBe(400);
      expect((await post(body({ processId: '00000000-0000-4000-8000-000000000000' }))).status).toBe(
        404,
      );
      const mixed = await post(body({ processId: a.processId, candidateId: candidateOfB }));
      expect(mixed.status).toBe(422);
      expect(
        (await post(body({ processId: a.processId }, { receivedAt: '2099-01-01T00:00:00Z' })))
          .status,
      ).toBe(400);
      const ok = await post(body({ processId: a.processId }));
      expect(ok.status).toBe(201);
      expect(
        (
          await t
            .http()
            .patch(`/api/records-requests/${ok.body.id}`)
            .set(rita.auth)
            .send({ status: 'LOST' })
        ).status,
      ).toBe(400);
      expect(
        (
          await t
            .http()
            .patch(`/api/records-requests/00000000-0000-4000-8000-000000000000`)
            .set(rita.auth)
            .send({ status: 'CLOSED' })
        ).status,
      ).toBe(404);
    });
  });

  describe('hostile input', () => {
    it('never answers 500 on the records routes', async () => {
      const w = await world(t);
      const [{ candidate_id: candidateId }] = await t.db.query(
        `SELECT candidate_id FROM vettings WHERE id = $1`,
        [w.vettingIds[0]],
      );
      const nul = 'a\u0000b';
      const calls = [
        t
          .http()
          .post('/api/legal-holds')
          .set(rita.auth)
          .send({ subjectType: 'PROCESS', subjectId: w.processId, reason: nul, reference: nul }),
        t
          .http()
          .post('/api/legal-holds')
          .set(rita.auth)
          .send({
            subjectType: 'PROCESS',
            subjectId: w.processId,
            reason: 'x'.repeat(6000),
            reference: 'r',
          }),
        t
          .http()
          .post('/api/legal-holds')
          .set(rita.auth)
          .send({
            subjectType: ['PROCESS'],
            subjectId: { id: w.processId },
            reason: 1,
            reference: null,
          }),
        t
          .http()
          .post('/api/records-requests')
          .set(rita.auth)
          .send({
            requester: nul,
            receivedAt: '2026-01-01',
            scope: { processId: w.processId },
            description: 'd',
          }),
        t
          .http()
          .post('/api/records-requests')
          .set(rita.auth)
          .send({
            requester: 'r',
            receivedAt: '0000-01-01',
            scope: { processId: w.processId },
            description: 'd',
          }),
        t
          .http()
          .post('/api/records-requests')
          .set(rita.auth)
          .send({
            requester: 'r',
            receivedAt: '2026-02-30',
            scope: { processId: w.processId },
            description: 'd',
          }),
        t
          .http()
          .post('/api/records-requests')
          .set(rita.auth)
          .send({ requester: 'r', receivedAt: '2026-01-01', scope: 'all', description: 'd' }),
        t
          .http()
          .post('/api/records-requests')
          .set(rita.auth)
          .send({
            requester: 'r',
            receivedAt: '2026-01-01',
            scope: [w.processId],
            description: 'd',
          }),
        t
          .http()
          .post('/api/exports')
          .set(rita.auth)
          .send({ scope: { processId: w.processId, candidateId: 'x' }, kind: 'E_DISCOVERY' }),
        t.http().post('/api/exports').set(rita.auth).send({ scope: null, kind: 'PUBLIC_RELEASE' }),
        t
          .http()
          .post(`/api/processes/${w.processId}/close`)
          .set(w.admin.auth)
          .send({ reason: nul }),
        t
          .http()
          .patch(`/api/candidates/${candidateId}`)
          .set(w.admin.auth)
          .send({ confidentialityRequested: null }),
        t.http().get('/api/exports/not-a-uuid').set(rita.auth),
        t.http().delete(`/api/legal-holds/${w.processId}`).set(rita.auth).send({ reason: nul }),
      ];
      const failures = (await Promise.all(calls))
        .map((res, i) => ({ i, status: res.status }))
        .filter((r) => r.status >= 500);
      expect(failures).toEqual([]);
    });
  });

  describe('the retention purge', () => {
    it('removes exactly what is expired and unheld, leaves tombstones and audit events, keeps reports; honours holds and open requests', async () => {
      // P1: expired; two candidates, the second under a CANDIDATE legal hold.
      const p1 = await world(t, 2, 'Patrol Officer 2018');
      const a = await vetted(t, p1, 0);
      const b = await vetted(t, p1, 1);
      // P2: expired, whole process under a legal hold. P3: expired, an OPEN records request.
      const p2 = await world(t, 1, 'Dispatcher 2018');
      const c = await vetted(t, p2, 0);
      const p3 = await world(t, 1, 'Sergeant 2018');
      const d = await vetted(t, p3, 0);
      // P4: closed a year ago (not expired). P5: still open.
      const p4 = await world(t, 1, 'Detective 2025');
      const e = await vetted(t, p4, 0);
      const p5 = await world(t, 1, 'Patrol Officer 2026');
      const f = await vetted(t, p5, 0);

      const report = await insertReport(
        t,
        {
          vettingId: a.vettingId,
          processId: p1.processId,
          candidateId: a.candidateId,
          releasedBy: p1.admin.id,
        },
        reportContent('Jordan Doe 0', 'Patrol Officer 2018'),
      );

      const hold = await t.http().post('/api/legal-holds').set(rita.auth).send({
        subjectType: 'CANDIDATE',
        subjectId: b.candidateId,
        reason: 'EEOC charge pending',
        reference: 'EEOC 443-2026-00012',
      });
      expect(hold.status).toBe(201);
      await t
        .http()
        .post('/api/legal-holds')
        .set(rita.auth)
        .send({
          subjectType: 'PROCESS',
          subjectId: p2.processId,
          reason: 'Litigation anticipated',
          reference: 'Counsel letter 2026-01-15',
        })
        .expect(201);
      const request = await t
        .http()
        .post('/api/records-requests')
        .set(rita.auth)
        .send({
          requester: 'Citizen',
          receivedAt: '2026-01-20',
          scope: { processId: p3.processId },
          description: 'Hiring file',
        });
      expect(request.status).toBe(201);

      await closeAged(t, p1, 8);
      await closeAged(t, p2, 8);
      await closeAged(t, p3, 8);
      await closeAged(t, p4, 1);

      // The preview says what would go and why, and removes nothing.
      const preview = await t.http().get('/api/records/retention/preview').set(rita.auth);
      expect(preview.status).toBe(200);
      const mine = new Set([p1, p2, p3, p4, p5].map((w) => w.processId));
      const items = (
        preview.body.items as {
          processId: string;
          subjectType: string;
          subjectId: string;
          findingId: string;
          rule: string;
          expiresAt: string;
        }[]
      ).filter((i) => mine.has(i.processId));
      expect(items.map((i) => `${i.subjectType} ${i.subjectId}`).sort()).toEqual(
        [
          `FINDING_EXCERPT ${a.findingId}`,
          `FINDING_URL ${a.findingId}`,
          `EVIDENCE_FILE ${a.evidence!.id}`,
        ].sort(),
      );
      expect(items[0].rule).toMatch(
        /^RETENTION_RAW_YEARS=7, closed \d{4}-\d\d-\d\d, expired \d{4}-\d\d-\d\d$/,
      );
      expect(new Date(items[0].expiresAt).getTime()).toBeLessThan(Date.now());
      const skipped = (
        preview.body.skipped as {
          processId: string;
          candidateId: string | null;
          heldBy: { kind: string; id: string }[];
        }[]
      ).filter((s) => mine.has(s.processId));
      expect(skipped).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            processId: p1.processId,
            candidateId: b.candidateId,
            heldBy: [expect.objectContaining({ kind: 'LEGAL_HOLD', id: hold.body.id })],
          }),
          expect.objectContaining({
            processId: p2.processId,
            candidateId: null,
            heldBy: [expect.objectContaining({ kind: 'LEGAL_HOLD' })],
          }),
          expect.objectContaining({
            processId: p3.processId,
            candidateId: null,
            heldBy: [expect.objectContaining({ kind: 'RECORDS_REQUEST', id: request.body.id })],
          }),
        ]),
      );
      expect(skipped).toHaveLength(3);
      const [{ purged }] = await t.db.query(
        `SELECT count(*)::int AS purged FROM findings WHERE purged_at IS NOT NULL`,
      );
      expect(purged).toBe(0);
      expect(existsSync(evidencePath(a.evidence!.storageKey))).toBe(true);

      const purgeEventsBefore = (
        await auditQuery(
          t,
          `SELECT count(*)::int AS n FROM audit_events WHERE action = 'retention.purge'`,
        )
      )[0].n;
      const summary = await retention.purge();
      expect(summary).toMatchObject({ findings: 1, excerpts: 1, urls: 1, files: 1, errors: [] });

      // The finding keeps its place, without its raw parts.
      const [fa] = await t.db.query(
        `SELECT excerpt, source_url, purged_at, summary FROM findings WHERE id = $1`,
        [a.findingId],
      );
      expect(fa).toMatchObject({
        excerpt: null,
        source_url: null,
        purged_at: expect.any(Date),
        summary: expect.stringMatching(/threatening/),
      });
      const [ea] = await t.db.query(
        `SELECT storage_key, purged_at, sha256 FROM evidence_files WHERE id = $1`,
        [a.evidence!.id],
      );
      expect(ea).toMatchObject({
        storage_key: null,
        purged_at: expect.any(Date),
        sha256: a.evidence!.sha256,
      });
      expect(existsSync(evidencePath(a.evidence!.storageKey))).toBe(false);

      // Tombstones: one per removed item, with the SHA-256 of what was removed and the rule.
      const tombstones = await t.db.query(
        `SELECT subject_type, subject_id, finding_id, process_id, rule, sha256, removed_at FROM purge_tombstones WHERE finding_id = $1 ORDER BY subject_type`,
        [a.findingId],
      );
      expect(
        tombstones.map((r: { subject_type: string; subject_id: string; sha256: string }) => [
          r.subject_type,
          r.subject_id,
          r.sha256,
        ]),
      ).toEqual([
        ['EVIDENCE_FILE', a.evidence!.id, a.evidence!.sha256],
        ['FINDING_EXCERPT', a.findingId, sha256(a.excerpt)],
        ['FINDING_URL', a.findingId, sha256(a.sourceUrl)],
      ]);
      for (const r of tombstones) {
        expect(r.process_id).toBe(p1.processId);
        expect(r.rule).toMatch(
          /^RETENTION_RAW_YEARS=7, closed \d{4}-\d\d-\d\d, expired \d{4}-\d\d-\d\d$/,
        );
      }
      await expect(
        t.db.query(`DELETE FROM purge_tombstones WHERE finding_id = $1`, [a.findingId]),
      ).rejects.toThrow(/permanent/);

      // An audit event per removed item, naming it, never carrying the content.
      await auditSettled(t);
      const events = await t.db.query(
        `SELECT subject_type, subject_id, details FROM audit_events WHERE action = 'retention.purge' ORDER BY seq DESC LIMIT 3`,
      );
      expect(events.map((ev: { details: { item: string } }) => ev.details.item).sort()).toEqual([
        'EVIDENCE_FILE',
        'FINDING_EXCERPT',
        'FINDING_URL',
      ]);
      for (const ev of events) {
        expect(ev).toMatchObject({ subject_type: 'finding', subject_id: a.findingId });
        expect(JSON.stringify(ev.details)).not.toContain('bullet');
        expect(JSON.stringify(ev.details)).not.toContain('facebook.com');
      }
      expect(
        (
          await auditQuery(
            t,
            `SELECT count(*)::int AS n FROM audit_events WHERE action = 'retention.purge'`,
          )
        )[0].n,
      ).toBe(purgeEventsBefore + 3);

      // Everything held, unexpired or open is untouched.
      for (const v of [b, c, d, e, f]) {
        const [row] = await t.db.query(
          `SELECT excerpt, source_url, purged_at FROM findings WHERE id = $1`,
          [v.findingId],
        );
        expect(row).toEqual({ excerpt: v.excerpt, source_url: v.sourceUrl, purged_at: null });
        expect(existsSync(evidencePath(v.evidence!.storageKey))).toBe(true);
      }

      // Reports stay readable and unchanged.
      const [rv] = await t.db.query(`SELECT content, sha256 FROM report_versions WHERE id = $1`, [
        report.id,
      ]);
      expect(rv.sha256).toBe(report.sha256);
      expect(rv.content.candidate).toEqual({ name: 'Jordan Doe 0' });
      expect((await t.get(AuditVerificationService).verify()).intact).toBe(true);

      // Idempotent: a second run removes nothing and adds no tombstone.
      const again = await retention.purge();
      expect(again).toMatchObject({ findings: 0, excerpts: 0, urls: 0, files: 0 });
      expect((await t.db.query(`SELECT count(*)::int AS n FROM purge_tombstones`))[0].n).toBe(3);

      // Releasing the candidate hold and fulfilling the request lets the next purge proceed;
      // the process hold still protects P2.
      await t
        .http()
        .delete(`/api/legal-holds/${hold.body.id}`)
        .set(rita.auth)
        .send({ reason: 'Charge dismissed' })
        .expect(200);
      await t
        .http()
        .patch(`/api/records-requests/${request.body.id}`)
        .set(rita.auth)
        .send({ status: 'FULFILLED', note: 'Sent' })
        .expect(200);
      const third = await retention.purge();
      expect(third).toMatchObject({ findings: 2, excerpts: 2, urls: 2, files: 2 });
      for (const v of [b, d]) {
        const [row] = await t.db.query(
          `SELECT excerpt, source_url, purged_at FROM findings WHERE id = $1`,
          [v.findingId],
        );
        expect(row).toMatchObject({ excerpt: null, source_url: null, purged_at: expect.any(Date) });
        expect(existsSync(evidencePath(v.evidence!.storageKey))).toBe(false);
      }
      const [held] = await t.db.query(`SELECT excerpt FROM findings WHERE id = $1`, [c.findingId]);
      expect(held.excerpt).toBe(c.excerpt);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM purge_tombstones`))[0].n).toBe(9);
      expect((await t.get(AuditVerificationService).verify()).intact).toBe(true);
    });

    it('removes nothing before the retention period has run, whatever the date passed in', async () => {
      const w = await world(t, 1, 'Clerk 2024');
      const v = await vetted(t, w, 0, { evidence: false });
      await closeAged(t, w, 6);
      const summary = await retention.purge();
      const [row] = await t.db.query(`SELECT excerpt FROM findings WHERE id = $1`, [v.findingId]);
      expect(row.excerpt).toBe(v.excerpt);
      // Two years later (as the daily job would see it), the same process has expired.
      await retention.purge(new Date(Date.now() + 2 * 366 * 864e5));
      const [after] = await t.db.query(`SELECT excerpt, purged_at FROM findings WHERE id = $1`, [
        v.findingId,
      ]);
      expect(after).toMatchObject({ excerpt: null, purged_at: expect.any(Date) });
      expect(summary.errors).toEqual([]);
    });
  });
});
