import { Role } from '../../src/auth/role.enum';
import { auditSettled } from '../support/audit';
import { buildWorld, screened, searchEverything } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/** Protected text the detector flags, so there is something to review. */
const flagged = {
  excerpt: "I'm 52 and I went to mass today; if he parks there again I will burn his truck.",
};

const decideAll = (flags: { id: string }[]) => ({
  readAllFieldsConfirmed: true,
  decisions: flags.map((f) => ({ flagId: f.id, action: 'REDACT' })),
});

describe('a second pair of eyes: independent filter review', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("refuses (409, audited) the author's review of their own finding; another designated searcher of the process may review it", async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, flagged);
    const { flags } = await screened(t, findingId, w.searcher);
    expect(flags.length).toBeGreaterThan(0);

    // The author's work list does not offer their own finding; the second searcher's does.
    const mine = await t.http().get('/api/me/work').set(w.searcher.auth).expect(200);
    expect(mine.body.filterReviews).toEqual([]);
    const theirs = await t.http().get('/api/me/work').set(w.validator.auth).expect(200);
    expect(theirs.body.filterReviews).toEqual([expect.objectContaining({ findingId })]);

    const own = await t
      .http()
      .post(`/api/findings/${findingId}/filter-review`)
      .set(w.searcher.auth)
      .send(decideAll(flags));
    expect(own.status).toBe(409);
    expect(own.body.message).toBe(
      'Independent filter review required: the filter review of a finding must be done by a designated searcher of the process other than the one who logged it',
    );
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM filter_reviews WHERE finding_id = $1`,
      [findingId],
    );
    expect(n).toBe(0);
    await auditSettled(t);
    const denied = await t.db.query(
      `SELECT outcome, actor_id, details FROM audit_events
        WHERE action = 'filter.review' AND subject_id = $1 ORDER BY seq`,
      [findingId],
    );
    expect(denied).toEqual([
      expect.objectContaining({
        outcome: 'DENIED',
        actor_id: w.searcher.id,
        details: expect.objectContaining({ rule: 'independent-filter-review' }),
      }),
    ]);

    const other = await t
      .http()
      .post(`/api/findings/${findingId}/filter-review`)
      .set(w.validator.auth)
      .send(decideAll(flags))
      .expect(201);
    expect(other.body.selfReviewed).toBe(false);
    expect(other.body.preview.excerpt).not.toContain('52');

    // The auditor sees no self-review in this process.
    const auditor = await t.user([Role.AUDITOR]);
    const u = await t
      .http()
      .get(`/api/processes/${w.processId}/uniformity`)
      .set(auditor.auth)
      .expect(200);
    expect(u.body.filterReviewIndependence).toEqual({
      requireIndependentFilterReview: true,
      relaxedReason: null,
      reviewedFindings: 1,
      selfReviewedFindings: 0,
      perSearcher: [],
      findings: [],
    });
    expect(u.body.deviations.map((d: { kind: string }) => d.kind)).not.toContain(
      'SELF_FILTER_REVIEW',
    );
  });

  it('relaxing it needs a recorded reason (400 at creation, 422 on change, audited); a self-review then counts in the uniformity report, per searcher and in total, and stays a visible deviation', async () => {
    const admin = await t.user([Role.ADMIN]);
    const noReason = await t
      .http()
      .post('/api/processes')
      .set(admin.auth)
      .send({ title: 'Dispatcher 2026', requireIndependentFilterReview: false });
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toContain(
      'filterReviewRelaxedReason is required when requireIndependentFilterReview is false',
    );

    const w = await buildWorld(t);
    const patchNoReason = await t
      .http()
      .patch(`/api/processes/${w.processId}`)
      .set(w.admin.auth)
      .send({ requireIndependentFilterReview: false });
    expect(patchNoReason.status).toBe(422);
    expect(patchNoReason.body.message).toBe(
      'filterReviewRelaxedReason is required when requireIndependentFilterReview is false',
    );
    const reasonWhileRequired = await t
      .http()
      .patch(`/api/processes/${w.processId}`)
      .set(w.admin.auth)
      .send({ filterReviewRelaxedReason: 'Only one searcher is designated this year.' });
    expect(reasonWhileRequired.status).toBe(422);

    const reason = 'Only one searcher is designated in this small department.';
    const relaxed = await t
      .http()
      .patch(`/api/processes/${w.processId}`)
      .set(w.admin.auth)
      .send({ requireIndependentFilterReview: false, filterReviewRelaxedReason: reason })
      .expect(200);
    expect(relaxed.body).toMatchObject({
      requireIndependentFilterReview: false,
      filterReviewRelaxedReason: reason,
      // Independent validation is a separate setting and stays required.
      requireIndependentValidation: true,
    });
    await auditSettled(t);
    const [settings] = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'process.settings' AND subject_id = $1 AND outcome = 'ALLOWED'`,
      [w.processId],
    );
    expect(settings.details).toEqual({
      changed: ['requireIndependentFilterReview', 'filterReviewRelaxedReason'],
      old: { requireIndependentFilterReview: true, filterReviewRelaxedReason: null },
      new: { requireIndependentFilterReview: false, filterReviewRelaxedReason: reason },
    });

    const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, flagged);
    const { flags } = await screened(t, findingId, w.searcher);
    const mine = await t.http().get('/api/me/work').set(w.searcher.auth).expect(200);
    expect(mine.body.filterReviews).toEqual([expect.objectContaining({ findingId })]);
    const own = await t
      .http()
      .post(`/api/findings/${findingId}/filter-review`)
      .set(w.searcher.auth)
      .send(decideAll(flags))
      .expect(201);
    expect(own.body.selfReviewed).toBe(true);
    await auditSettled(t);
    const [review] = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'filter.review' AND subject_id = $1 AND outcome = 'ALLOWED'`,
      [findingId],
    );
    expect(review.details).toMatchObject({ selfReviewed: true, independenceRelaxedReason: reason });

    const auditor = await t.user([Role.AUDITOR]);
    const u = await t
      .http()
      .get(`/api/processes/${w.processId}/uniformity`)
      .set(auditor.auth)
      .expect(200);
    expect(u.body.filterReviewIndependence).toEqual({
      requireIndependentFilterReview: false,
      relaxedReason: reason,
      reviewedFindings: 1,
      selfReviewedFindings: 1,
      perSearcher: [{ searcherId: w.searcher.id, name: 'Sam Searcher', selfReviewedFindings: 1 }],
      findings: [
        expect.objectContaining({
          findingId,
          vettingId: w.vettingIds[0],
          reviewerId: w.searcher.id,
          reviewerName: 'Sam Searcher',
          underRelaxedSetting: true,
        }),
      ],
    });
    const self = u.body.deviations.filter((d: { kind: string }) => d.kind === 'SELF_FILTER_REVIEW');
    expect(self).toEqual([
      expect.objectContaining({
        vettingId: w.vettingIds[0],
        explanation: expect.stringContaining(
          `allowed because the process relaxed independent filter review (recorded reason: ${reason})`,
        ),
      }),
    ]);
    expect(u.body.summary.deviationsByKind.SELF_FILTER_REVIEW).toBe(1);
  });
});
