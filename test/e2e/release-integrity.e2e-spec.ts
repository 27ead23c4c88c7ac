import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { QUEUES } from '../../src/queue/queue.module';
import { REDACTION_MARKER } from '../../src/screening/redaction';
import {
  buildWorld,
  findingBody,
  redactAll,
  release,
  screened,
  searchEverything,
  World,
} from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { auditSettled } from '../support/audit';

/** Security review, defect 1: a redaction that cut a character in half wedged every release. */
describe('release integrity: character-safe redactions, FAILED releases, one pending per vetting, a fair relay', () => {
  let t: TestApp;
  let reportsQueue: Queue;
  beforeAll(async () => {
    t = await startTestApp({ RELEASE_RETRY_DELAY_MS: '20', RELEASE_REDISPATCH_MS: '1000' });
    reportsQueue = t.app.get<Queue>(getQueueToken(QUEUES.REPORTS));
    // A real database failure on demand: compiling a report of a listed vetting raises, as the
    // JSON parser did on a lone surrogate before the fix.
    await t.db.query(`CREATE TABLE test_wedged_vettings (vetting_id uuid PRIMARY KEY)`);
    await t.db.query(`
      CREATE FUNCTION test_wedge() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM test_wedged_vettings WHERE vetting_id = NEW.vetting_id) THEN
          RAISE EXCEPTION 'forced failure: this vetting is wedged by the test';
        END IF;
        RETURN NEW;
      END $$`);
    await t.db.query(
      `CREATE TRIGGER test_wedge BEFORE INSERT ON report_versions FOR EACH ROW EXECUTE FUNCTION test_wedge()`,
    );
  });
  afterAll(() => t.close());

  const wedge = (vettingId: string) =>
    t.db.query(`INSERT INTO test_wedged_vettings VALUES ($1)`, [vettingId]);
  const unwedge = (vettingId: string) =>
    t.db.query(`DELETE FROM test_wedged_vettings WHERE vetting_id = $1`, [vettingId]);
  const releasesOf = (vettingId: string) =>
    t.db.query<{ id: string; status: string }[]>(
      `SELECT id, status FROM report_releases WHERE vetting_id = $1 ORDER BY requested_at`,
      [vettingId],
    );

  /** Searches, validates, submits and filter-reviews one vetting of the world. */
  async function ready(w: World, vettingId: string, finding: Record<string, unknown> = {}) {
    if (vettingId !== w.vettingIds[0]) {
      await t
        .http()
        .post(`/api/vettings/${vettingId}/assignment`)
        .set(w.admin.auth)
        .send({ searcherId: w.searcher.id })
        .expect(200);
    }
    const findingId = await searchEverything(t, w, vettingId, w.searcher, finding);
    await t
      .http()
      .post(`/api/findings/${findingId}/validations`)
      .set(w.validator.auth)
      .send({ status: 'VERIFIED', method: 'Photo cross-check', notes: 'Three identifiers match' })
      .expect(201);
    await t.http().post(`/api/vettings/${vettingId}/submit`).set(w.searcher.auth).expect(200);
    return findingId;
  }

  /** Runs `fn` while the reports queue is paused: jobs are handed over but none starts. */
  async function withQueuePaused<T>(fn: () => Promise<T>): Promise<T> {
    await reportsQueue.pause();
    try {
      return await fn();
    } finally {
      await reportsQueue.resume();
    }
  }

  describe('redaction spans fall on character boundaries', () => {
    it('refuses with 400 a span that cuts an emoji, a ZWJ flag or a combining mark, and accepts whole characters', async () => {
      const w = await buildWorld(t);
      const excerpt = 'Speeding again 😀 lol';
      const mitigation = 'Flag 🏳️‍🌈 at the cafe\u0301 window';
      const findingId = await ready(w, w.vettingIds[0], { excerpt, mitigation });
      const { flags } = await screened(t, findingId, w.validator);
      const decisions = flags.map((f) => ({ flagId: f.id, action: 'REDACT' }));
      const review = (extraRedactions: Record<string, unknown>[]) =>
        t
          .http()
          .post(`/api/findings/${findingId}/filter-review`)
          .set(w.validator.auth)
          .send({ decisions, extraRedactions, readAllFieldsConfirmed: true });

      // The repro: start 15, end 16 is the first half of the emoji.
      const halfEmoji = await review([{ field: 'excerpt', start: 15, end: 16 }]);
      expect(halfEmoji.status).toBe(400);
      expect(halfEmoji.body.message).toContain(
        'extraRedactions[0] (excerpt 15–16) does not fall on character boundaries',
      );
      const flagAt = mitigation.indexOf('🏳');
      const accent = mitigation.indexOf('\u0301');
      const halfFlag = await review([
        { field: 'excerpt', start: 0, end: 8 },
        { field: 'mitigation', start: flagAt + 2, end: flagAt + 6 },
        { field: 'mitigation', start: accent - 4, end: accent },
      ]);
      expect(halfFlag.status).toBe(400);
      expect(halfFlag.body.message).toContain(
        `extraRedactions[1] (mitigation ${flagAt + 2}–${flagAt + 6}) does not fall on character boundaries`,
      );
      expect(halfFlag.body.message).toContain(
        `extraRedactions[2] (mitigation ${accent - 4}–${accent}) does not fall on character boundaries`,
      );
      expect(halfFlag.body.message).not.toContain('extraRedactions[0]');
      const [{ n: reviews }] = await t.db.query(
        `SELECT count(*)::int AS n FROM filter_reviews WHERE finding_id = $1`,
        [findingId],
      );
      expect(reviews).toBe(0);
      await auditSettled(t);
      const [denied] = await t.db.query(
        `SELECT outcome FROM audit_events WHERE action = 'filter.review' AND subject_id = $1`,
        [findingId],
      );
      expect(denied).toEqual({ outcome: 'DENIED' });

      // Spans no flag covers carry the class the reviewer chose (recorded as detector misses).
      const whole = await review([
        { field: 'excerpt', start: 15, end: 17, class: 'DISABILITY' },
        { field: 'mitigation', start: flagAt, end: flagAt + 6 },
        { field: 'mitigation', start: accent - 4, end: accent + 1, class: 'NATIONAL_ORIGIN' },
      ]);
      expect(whole.status).toBe(201);
      expect(whole.body.preview.excerpt).toBe(`Speeding again ${REDACTION_MARKER} lol`);
      expect(whole.body.preview.mitigation).toBe(
        `Flag ${REDACTION_MARKER} at the ${REDACTION_MARKER} window`,
      );
      const r = await release(t, w.vettingIds[0], w.searcher);
      const report = await t.http().get(`/api/reports/${r.reportVersionId}`).set(w.panel.auth);
      expect(report.body.findings[0].excerpt).toBe(`Speeding again ${REDACTION_MARKER} lol`);
    });

    it('widens a span stored off a boundary (before this rule) to the whole character when applied', async () => {
      const w = await buildWorld(t);
      const findingId = await ready(w, w.vettingIds[0], { excerpt: 'Speeding again 😀 lol' });
      await redactAll(t, findingId, w.validator);
      await t.db.query(
        `UPDATE filter_reviews SET extra_redactions = '[{"field":"excerpt","start":15,"end":16}]' WHERE finding_id = $1`,
        [findingId],
      );
      const r = await release(t, w.vettingIds[0], w.searcher);
      const report = await t.http().get(`/api/reports/${r.reportVersionId}`).set(w.panel.auth);
      expect(report.body.findings[0].excerpt).toBe(`Speeding again ${REDACTION_MARKER} lol`);
    });

    it('refuses finding text holding a lone surrogate or a NUL character with 400 naming the field', async () => {
      const w = await buildWorld(t);
      const findingId = await searchEverything(t, w);
      const create = (overrides: Record<string, unknown>) =>
        t
          .http()
          .post(`/api/vettings/${w.vettingIds[0]}/findings`)
          .set(w.searcher.auth)
          .send(findingBody(overrides));
      const lone = await create({ excerpt: 'Speeding again \ud83d lol' });
      expect(lone.status).toBe(400);
      expect(lone.body.message).toMatch(/excerpt .*lone surrogate/);
      const nul = await create({ summary: 'Threat\u0000ens a neighbour' });
      expect(nul.status).toBe(400);
      expect(nul.body.message).toMatch(/summary .*NUL/);
      const trailing = await create({ mitigation: 'Wrote it late \ude00' });
      expect(trailing.status).toBe(400);
      expect(trailing.body.message).toMatch(/mitigation .*lone surrogate/);

      const patch = await t
        .http()
        .patch(`/api/findings/${findingId}`)
        .set(w.searcher.auth)
        .send({ excerpt: 'half \ud83d' });
      expect(patch.status).toBe(400);
      expect(patch.body.message).toMatch(/excerpt .*lone surrogate/);
      const response = await t
        .http()
        .post(`/api/findings/${findingId}/candidate-response`)
        .set(w.admin.auth)
        .send({ receivedAt: new Date().toISOString(), text: 'I was \u0000 upset' });
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/text .*NUL/);
      // Whole emoji stay welcome.
      expect((await create({ excerpt: 'Speeding again 😀 lol 🏳️‍🌈' })).status).toBe(201);
    });
  });

  describe('a release whose job exhausts its retries', () => {
    it('becomes FAILED with a reason, is audited, is visible at GET /api/report-releases/:id and no longer blocks a new release', async () => {
      const w = await buildWorld(t);
      await redactAll(t, await ready(w, w.vettingIds[0]), w.validator);
      await wedge(w.vettingIds[0]);
      const res = await t.http().post(`/api/vettings/${w.vettingIds[0]}/release`).set(w.admin.auth);
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ status: 'PENDING' });
      const failed = await waitFor(
        async () => {
          const s = await t.http().get(`/api/report-releases/${res.body.id}`).set(w.admin.auth);
          return s.body.status !== 'PENDING' ? s : null;
        },
        20000,
        'the release to leave PENDING',
      );
      expect(failed.status).toBe(200);
      expect(failed.body).toMatchObject({
        id: res.body.id,
        vettingId: w.vettingIds[0],
        status: 'FAILED',
        reportVersionId: null,
      });
      expect(failed.body.failureReason).toMatch(/could not be compiled after 5 attempts/);
      expect(failed.body.failureReason).toMatch(/forced failure/);
      expect(failed.body.error).toBe(failed.body.failureReason);

      await auditSettled(t);
      const events = await t.db.query(
        `SELECT outcome, subject_type, subject_id, details FROM audit_events WHERE action = 'report.release_failed'`,
      );
      expect(events).toEqual([
        {
          outcome: 'FAILED',
          subject_type: 'vetting',
          subject_id: w.vettingIds[0],
          details: expect.objectContaining({ releaseId: res.body.id, attempts: 5 }),
        },
      ]);

      await unwedge(w.vettingIds[0]);
      const again = await release(t, w.vettingIds[0], w.admin);
      expect(again.version).toBe(1);
      const rows = await releasesOf(w.vettingIds[0]);
      expect(rows.map((r) => r.status)).toEqual(['FAILED', 'DONE']);
    });
  });

  describe('one pending release per vetting', () => {
    it('answers a repeated or concurrent release with the pending release, and the database holds only one', async () => {
      const w = await buildWorld(t);
      const findingId = await ready(w, w.vettingIds[0]);
      await redactAll(t, findingId, w.validator);
      const url = `/api/vettings/${w.vettingIds[0]}/release`;
      const bodies = await withQueuePaused(async () => {
        const concurrent = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            t
              .http()
              .post(url)
              .set(i % 2 ? w.admin.auth : w.searcher.auth),
          ),
        );
        const repeat = await t.http().post(url).set(w.admin.auth);
        return [...concurrent, repeat].map((r) => ({ status: r.status, body: r.body }));
      });
      const first = bodies[0].body as { id: string };
      for (const b of bodies)
        expect(b).toEqual({
          status: 202,
          body: { id: first.id, vettingId: w.vettingIds[0], status: 'PENDING' },
        });
      expect(await releasesOf(w.vettingIds[0])).toHaveLength(1);
      // The rule is a constraint, not only an `if`.
      await expect(
        t.db.query(
          `INSERT INTO report_releases (vetting_id, requested_by) SELECT vetting_id, requested_by FROM report_releases WHERE id = $1`,
          [first.id],
        ),
      ).rejects.toThrow(/duplicate key value violates unique constraint/);
      await waitFor(
        async () => (await releasesOf(w.vettingIds[0]))[0].status === 'DONE',
        15000,
        'the release to compile',
      );
      // Once done, a new release is a new request again.
      const next = await release(t, w.vettingIds[0], w.admin);
      expect(next.version).toBe(2);
    });
  });

  describe('the relay is fair', () => {
    it('100 repeated releases of a wedged vetting do not starve another vetting (the issue repro)', async () => {
      const w = await buildWorld(t, { candidates: 2 });
      const [wedged, other] = w.vettingIds;
      for (const v of [wedged, other]) await redactAll(t, await ready(w, v), w.validator);
      await wedge(wedged);
      const otherRelease = await withQueuePaused(async () => {
        for (let i = 0; i < 100; i++)
          await t.http().post(`/api/vettings/${wedged}/release`).set(w.admin.auth).expect(202);
        expect(await releasesOf(wedged)).toHaveLength(1);
        const r = await t.http().post(`/api/vettings/${other}/release`).set(w.admin.auth);
        expect(r.status).toBe(202);
        return r.body.id as string;
      });
      const done = await waitFor(
        async () => {
          const s = await t.http().get(`/api/report-releases/${otherRelease}`).set(w.admin.auth);
          return s.body.status === 'DONE' ? s.body : null;
        },
        20000,
        'the other vetting to compile',
      );
      expect(done.version).toBe(1);
      await waitFor(
        async () => (await releasesOf(wedged))[0].status === 'FAILED',
        20000,
        'the wedged release to fail',
      );
    });

    it('takes new releases ahead of a full batch of releases already handed to the queue', async () => {
      const crowd = await buildWorld(t, { candidates: 120 });
      const w = await buildWorld(t);
      await redactAll(t, await ready(w, w.vettingIds[0]), w.validator);
      await withQueuePaused(async () => {
        // 120 releases requested earlier, all handed to the queue and none finished: the queue
        // is paused, as it would be if every one of them were stuck retrying.
        await t.db.query(
          `INSERT INTO report_releases (vetting_id, requested_by, requested_at)
           SELECT id, $2, now() - interval '1 hour' FROM vettings WHERE process_id = $1`,
          [crowd.processId, crowd.admin.id],
        );
        const crowdIds = await t.db.query<{ id: string }[]>(
          `SELECT r.id FROM report_releases r JOIN vettings v ON v.id = r.vetting_id WHERE v.process_id = $1`,
          [crowd.processId],
        );
        expect(crowdIds).toHaveLength(120);
        await waitFor(
          async () =>
            (await Promise.all(crowdIds.map((r) => reportsQueue.getJob(`release-${r.id}`)))).every(
              Boolean,
            ),
          15000,
          'the crowd to be handed to the queue',
        );
        const res = await t
          .http()
          .post(`/api/vettings/${w.vettingIds[0]}/release`)
          .set(w.admin.auth);
        expect(res.status).toBe(202);
        await waitFor(
          () => reportsQueue.getJob(`release-${res.body.id as string}`),
          5000,
          'the new release to be handed to the queue',
        );
      });
      await waitFor(
        async () => (await releasesOf(w.vettingIds[0]))[0].status === 'DONE',
        30000,
        'the new release to compile',
      );
    });

    it('hands a release to the queue again if its job was lost', async () => {
      const w = await buildWorld(t);
      await redactAll(t, await ready(w, w.vettingIds[0]), w.validator);
      const id = await withQueuePaused(async () => {
        const res = await t
          .http()
          .post(`/api/vettings/${w.vettingIds[0]}/release`)
          .set(w.admin.auth);
        const jobId = `release-${res.body.id as string}`;
        const job = await waitFor(() => reportsQueue.getJob(jobId), 5000, 'the job');
        await job.remove(); // as if Redis had lost it
        return res.body.id as string;
      });
      const done = await waitFor(
        async () => {
          const s = await t.http().get(`/api/report-releases/${id}`).set(w.admin.auth);
          return s.body.status === 'DONE' ? s.body : null;
        },
        15000,
        'the lost release to compile',
      );
      expect(done.version).toBe(1);
    });
  });
});
