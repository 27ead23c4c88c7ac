import { parse } from 'csv-parse/sync';
import { Role } from '../../src/auth/role.enum';
import { CHECKLIST, designatedSearcher, findingBody, itemBody } from '../support/fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { auditSettled } from '../support/audit';

/** A name and a note that CSV must quote: comma, double quote and newline. */
const AWKWARD_NAME = 'Doe, Jordan "JD"\nJr.';
const AWKWARD_NOTE = 'Never lived in "Wisconsin", per HR;\nsee the residency form';

const METHOD: Record<string, string> = {
  google: 'PUBLIC_SEARCH_ENGINE',
  facebook: 'PUBLIC_PROFILE_LOGGED_OUT',
  court: 'PUBLIC_RECORDS_PORTAL',
};

interface Cand {
  vettingId: string;
  candidateId: string;
}

describe("the auditor's uniformity report", () => {
  let t: TestApp;
  let auditor: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    auditor = await t.user([Role.AUDITOR], 'Audrey Auditor');
  });
  afterAll(() => t.close());

  // --- building worlds through the API ---------------------------------------------------------

  async function newProcess(admin: TestUser, title: string): Promise<string> {
    const p = await t.http().post('/api/processes').set(admin.auth).send({ title });
    expect(p.status).toBe(201);
    await t
      .http()
      .put(`/api/processes/${p.body.id}/checklist`)
      .set(admin.auth)
      .send({ items: CHECKLIST })
      .expect(200);
    return p.body.id as string;
  }

  async function addCandidate(admin: TestUser, processId: string, fullName: string): Promise<Cand> {
    const c = await t
      .http()
      .post(`/api/processes/${processId}/candidates`)
      .set(admin.auth)
      .send({
        fullName,
        dateOfBirth: '1994-03-02',
        city: 'Port Washington',
        state: 'WI',
        consentRecordedAt: new Date(Date.now() - 864e5).toISOString(),
      });
    expect(c.status).toBe(201);
    return { vettingId: c.body.id, candidateId: c.body.candidate.id };
  }

  async function assign(admin: TestUser, c: Cand, searcher: TestUser) {
    await t
      .http()
      .post(`/api/vettings/${c.vettingId}/assignment`)
      .set(admin.auth)
      .send({ searcherId: searcher.id })
      .expect(200);
  }

  async function item(
    who: TestUser,
    c: Cand,
    key: string,
    outcome = 'NO_FINDINGS',
    notes?: string,
  ) {
    const res = await t
      .http()
      .put(`/api/vettings/${c.vettingId}/items/${key}`)
      .set(who.auth)
      .send(itemBody(outcome, { method: METHOD[key], ...(notes ? { notes } : {}) }));
    expect(res.status).toBe(200);
  }

  async function finding(who: TestUser, c: Cand, category: string): Promise<string> {
    const res = await t
      .http()
      .post(`/api/vettings/${c.vettingId}/findings`)
      .set(who.auth)
      .send(findingBody({ category }));
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  async function validate(who: TestUser, findingId: string, status: string) {
    const res = await t.http().post(`/api/findings/${findingId}/validations`).set(who.auth).send({
      status,
      method: 'Photo and location cross-check',
      notes: 'Compared with the application file',
    });
    expect(res.status).toBe(201);
  }

  async function submit(who: TestUser, c: Cand) {
    const res = await t.http().post(`/api/vettings/${c.vettingId}/submit`).set(who.auth);
    expect(res.status).toBe(200);
  }

  // --- what the API does not allow (yet): rows written directly, as a rogue import would --------

  async function release(
    processId: string,
    c: Cand,
    by: TestUser,
    reported: string[],
    withheld: string[],
    version = 1,
  ) {
    const [rel] = await t.db.query(
      `INSERT INTO report_releases (vetting_id, requested_by, status) VALUES ($1, $2, 'DONE') RETURNING id`,
      [c.vettingId, by.id],
    );
    const [rv] = await t.db.query(
      `INSERT INTO report_versions (vetting_id, process_id, candidate_id, version, release_id, content, sha256, reported_finding_ids, withheld_finding_ids, released_by)
       VALUES ($1, $2, $3, $4, $5, '{}', $6, $7::uuid[], $8::uuid[], $9) RETURNING id`,
      [
        c.vettingId,
        processId,
        c.candidateId,
        version,
        rel.id,
        'a'.repeat(64),
        reported,
        withheld,
        by.id,
      ],
    );
    await t.db.query(`UPDATE report_releases SET report_version_id = $1 WHERE id = $2`, [
      rv.id,
      rel.id,
    ]);
  }

  /** Sets assignment-to-submission time exactly (the API takes however long the test takes). */
  async function took(c: Cand, interval: string) {
    await t.db.query(
      `UPDATE vettings SET assigned_at = submitted_at - $2::interval WHERE id = $1 AND submitted_at IS NOT NULL`,
      [c.vettingId, interval],
    );
  }

  const report = (processId: string, who = auditor, query = '') =>
    t.http().get(`/api/processes/${processId}/uniformity${query}`).set(who.auth);

  // --- the process with one of every deviation ---------------------------------------------------

  describe('a process with one of every deviation', () => {
    let admin: TestUser;
    let sam: TestUser;
    let sue: TestUser;
    let val: TestUser;
    let pat: TestUser;
    let processId: string;
    let c: Cand[];
    const f: Record<string, string> = {};

    beforeAll(async () => {
      admin = await t.user([Role.ADMIN], 'Ada Admin');
      processId = await newProcess(admin, 'Patrol Officer 2026 (audited)');
      const names = [
        'Alex Able',
        AWKWARD_NAME,
        'Casey Count',
        'Dana Report',
        'Eli Early',
        'Fran Version',
        'Gus Ghost',
        'Hal Halfway',
      ];
      c = [];
      for (const name of names) c.push(await addCandidate(admin, processId, name));
      sam = await designatedSearcher(t, admin, 'Sam Searcher');
      sue = await designatedSearcher(t, admin, 'Sue Searcher');
      val = await designatedSearcher(t, admin, 'Val Validator');
      await t
        .http()
        .post(`/api/processes/${processId}/searchers`)
        .set(admin.auth)
        .send({ userId: val.id })
        .expect(201);
      pat = await t.user([Role.PANEL], 'Pat Panel');
      await t
        .http()
        .post(`/api/processes/${processId}/panel`)
        .set(admin.auth)
        .send({ userId: pat.id })
        .expect(201);
      for (const i of [0, 1, 2, 3]) await assign(admin, c[i], sam);
      for (const i of [4, 5, 7]) await assign(admin, c[i], sue);
      // c[6] is never assigned.

      // c0: a finding, then (below) a validation by its own author.
      await item(sam, c[0], 'google');
      await item(sam, c[0], 'facebook', 'FINDINGS');
      await item(sam, c[0], 'court');
      f.c0 = await finding(sam, c[0], 'THREATS_VIOLENCE');
      await submit(sam, c[0]);

      // c1: the court item skipped while everyone else searched it.
      await item(sam, c[1], 'google');
      await item(sam, c[1], 'facebook');
      await item(sam, c[1], 'court', 'NOT_APPLICABLE', AWKWARD_NOTE);
      await submit(sam, c[1]);

      // c2: 20 searches where the others logged 3, and ten hours where the others took one.
      for (let n = 0; n < 18; n++) await item(sam, c[2], 'google');
      await item(sam, c[2], 'facebook');
      await item(sam, c[2], 'court');
      await submit(sam, c[2]);

      // c3: three findings; the inconclusive one is (below) reported to the panel.
      await item(sam, c[3], 'google');
      await item(sam, c[3], 'facebook', 'FINDINGS');
      await item(sam, c[3], 'court');
      f.bias = await finding(sam, c[3], 'BIAS_HARASSMENT');
      f.threat = await finding(sam, c[3], 'THREATS_VIOLENCE');
      f.lie = await finding(sam, c[3], 'DISHONESTY');
      await submit(sam, c[3]);
      await validate(val, f.bias, 'INCONCLUSIVE');
      await validate(val, f.threat, 'VERIFIED');
      await validate(val, f.lie, 'REFUTED');

      // c4: one item searched, then (below) released anyway.
      await item(sue, c[4], 'google');

      // c5: searched in full, then (below) moved to another checklist version.
      await item(sue, c[5], 'google');
      await item(sue, c[5], 'facebook');
      await item(sue, c[5], 'court');
      await submit(sue, c[5]);

      // c7: started, facebook UNABLE, never submitted.
      await item(sue, c[7], 'google');
      await item(sue, c[7], 'facebook', 'UNABLE', 'Profile is private; no public content');

      // ----- the records the rules would have refused -----
      for (const i of [0, 1, 3, 5]) await took(c[i], '1 hour');
      await took(c[2], '10 hours');

      // Self-validation where independence is required (flag left false: recomputed from author = validator).
      await t.db.query(
        `INSERT INTO validations (finding_id, validator_id, status, method, notes, self_validated) VALUES ($1, $2, 'VERIFIED', 'Own judgement', 'Imported from the old system', false)`,
        [f.c0, sam.id],
      );

      // A second checklist version, and one candidate moved onto it.
      const [cv1] = await t.db.query(
        `SELECT current_checklist_version_id AS id FROM hiring_processes WHERE id = $1`,
        [processId],
      );
      const [cv2] = await t.db.query(
        `INSERT INTO checklist_versions (process_id, version, created_by) VALUES ($1, 2, $2) RETURNING id`,
        [processId, admin.id],
      );
      await t.db.query(
        `INSERT INTO checklist_items (version_id, position, key, title, platform, instructions, search_terms)
         SELECT $1, position, key, title, platform, instructions, search_terms FROM checklist_items WHERE version_id = $2`,
        [cv2.id, cv1.id],
      );
      await t.db.query(`UPDATE vettings SET checklist_version_id = $1 WHERE id = $2`, [
        cv2.id,
        c[5].vettingId,
      ]);

      // Releases: c3 with the inconclusive finding reported; c4 with two items unresolved.
      await release(processId, c[3], admin, [f.bias, f.threat], [f.lie]);
      await release(processId, c[4], admin, [], []);

      // Protected-class flags on the bias finding: an older review redacted both, the latest keeps one.
      const [scr] = await t.db.query(
        `INSERT INTO screenings (finding_id, text_version, rules_version) VALUES ($1, 1, 'test')
         ON CONFLICT (finding_id, text_version, rules_version) DO UPDATE SET rules_version = screenings.rules_version RETURNING id`,
        [f.bias],
      );
      const flag = async (cls: string, text: string) =>
        (
          await t.db.query(
            `INSERT INTO screening_flags (screening_id, finding_id, field, class, start, "end", text, rule_id, rules_version)
           VALUES ($1, $2, 'excerpt', $3, 0, $4, $5, 'test-rule', 'test') RETURNING id`,
            [scr.id, f.bias, cls, text.length, text],
          )
        )[0].id as string;
      const religion = await flag('RELIGION', 'Muslim');
      const origin = await flag('NATIONAL_ORIGIN', 'go back to Mexico');
      const review = async (ago: string) =>
        (
          await t.db.query(
            `INSERT INTO filter_reviews (finding_id, screening_id, text_version, reviewer_id, created_at) VALUES ($1, $2, 1, $3, now() - $4::interval) RETURNING id`,
            [f.bias, scr.id, sue.id, ago],
          )
        )[0].id as string;
      const older = await review('1 hour');
      const latest = await review('0 seconds');
      const decide = (
        reviewId: string,
        flagId: string,
        action: string,
        justification: string | null = null,
      ) =>
        t.db.query(
          `INSERT INTO filter_decisions (review_id, flag_id, action, justification) VALUES ($1, $2, $3, $4)`,
          [reviewId, flagId, action, justification],
        );
      await decide(older, religion, 'REDACT');
      await decide(older, origin, 'REDACT');
      await decide(latest, religion, 'REDACT');
      await decide(
        latest,
        origin,
        'KEEP',
        'The slur aimed at a co-worker is the job-relevant conduct',
      );

      // Separation of duties broken: the validator seated on the panel; Sam's old seat was removed.
      await t.db.query(
        `INSERT INTO panel_members (process_id, user_id, added_by) VALUES ($1, $2, $3)`,
        [processId, val.id, admin.id],
      );
      await t.db.query(
        `INSERT INTO panel_members (process_id, user_id, added_by, added_at, removed_at, removed_by) VALUES ($1, $2, $3, now() - interval '2 days', now() - interval '1 day', $3)`,
        [processId, sam.id, admin.id],
      );
    });

    it('names exactly the planted deviations, kind and candidate, and no others', async () => {
      const res = await report(processId);
      expect(res.status).toBe(200);
      const found = (res.body.deviations as { kind: string; candidateId: string }[])
        .map((d) => `${d.kind} ${d.candidateId}`)
        .sort();
      const expected = [
        ['SELF_VALIDATION', 0],
        ['ITEM_SKIPPED_INCONSISTENTLY', 1],
        ['SEARCH_EFFORT_OUTLIER', 2],
        ['SEARCH_EFFORT_OUTLIER', 2],
        ['UNVERIFIED_FINDING_REPORTED', 3],
        ['RELEASED_INCOMPLETE', 4],
        ['CHECKLIST_VERSION_MISMATCH', 5],
        ['NOT_ASSIGNED', 6],
        ['ITEM_SKIPPED_INCONSISTENTLY', 7],
        ['NOT_SUBMITTED', 7],
      ]
        .map(([kind, i]) => `${kind} ${c[i as number].candidateId}`)
        .sort();
      expect(found).toEqual(expected);
      expect(res.body.summary.deviationCount).toBe(10);
      for (const d of res.body.deviations) {
        expect(d.vettingId).toBe(c.find((x) => x.candidateId === d.candidateId)!.vettingId);
        expect(d.explanation.length).toBeGreaterThan(20);
      }
    });

    it('explains each deviation in plain language', async () => {
      const { deviations } = (await report(processId)).body as {
        deviations: { kind: string; candidateId: string; explanation: string }[];
      };
      const of = (kind: string, i: number) =>
        deviations
          .filter((d) => d.kind === kind && d.candidateId === c[i].candidateId)
          .map((d) => d.explanation);
      expect(of('ITEM_SKIPPED_INCONSISTENTLY', 1)[0]).toContain(
        `"court" (Wisconsin Circuit Court Access) was marked NOT_APPLICABLE for ${AWKWARD_NAME}, with the note "${AWKWARD_NOTE}"`,
      );
      expect(of('ITEM_SKIPPED_INCONSISTENTLY', 7)[0]).toMatch(
        /"facebook" .* UNABLE .*Profile is private/,
      );
      expect(of('SEARCH_EFFORT_OUTLIER', 2)).toEqual([
        expect.stringMatching(
          /20 searches logged .* median of the process's 5 submitted candidates is 3/,
        ),
        expect.stringMatching(
          /10 h \(36000 s\) from assignment to submission; the median .* is 1 h \(3600 s\)/,
        ),
      ]);
      expect(of('UNVERIFIED_FINDING_REPORTED', 3)[0]).toMatch(
        new RegExp(`finding ${f.bias} \\(BIAS_HARASSMENT\\).*INCONCLUSIVE at the time of release`),
      );
      expect(of('SELF_VALIDATION', 0)[0]).toMatch(
        /validated VERIFIED by Sam Searcher, who logged the finding/,
      );
      expect(of('RELEASED_INCOMPLETE', 4)[0]).toMatch(
        /1 of 3 checklist items resolved \(unresolved: facebook, court\)/,
      );
      expect(of('CHECKLIST_VERSION_MISMATCH', 5)[0]).toMatch(
        /checklist version 2, while 7 of the process's 8 candidates were searched against version 1/,
      );
      expect(of('NOT_ASSIGNED', 6)[0]).toMatch(
        /never assigned a searcher, while 2 other candidates .* released report/,
      );
      expect(of('NOT_SUBMITTED', 7)[0]).toMatch(
        /assigned to Sue Searcher, status IN_PROGRESS\) was never submitted/,
      );
    });

    it('gives one row per candidate with the counts an auditor compares', async () => {
      const { candidates } = (await report(processId)).body;
      expect(candidates.map((r: { candidateId: string }) => r.candidateId)).toEqual(
        c.map((x) => x.candidateId),
      );
      const row = (i: number) => candidates[i];
      expect(row(0)).toMatchObject({
        candidateName: 'Alex Able',
        vettingId: c[0].vettingId,
        checklistVersion: 1,
        itemsResolved: 3,
        itemsTotal: 3,
        outcomes: { FINDINGS: 1, NO_FINDINGS: 2, NOT_APPLICABLE: 0, UNABLE: 0 },
        methods: ['PUBLIC_PROFILE_LOGGED_OUT', 'PUBLIC_RECORDS_PORTAL', 'PUBLIC_SEARCH_ENGINE'],
        searcher: { id: sam.id, name: 'Sam Searcher' },
        secondsToSubmission: 3600,
        searchesLogged: 3,
        findingsByCategory: { THREATS_VIOLENCE: 1 },
        validation: { verified: 1, refuted: 0, inconclusive: 0, unvalidated: 0 },
        withheldFromPanel: 0,
        release: { status: 'NOT_RELEASED', version: null, releasedAt: null },
      });
      expect(row(1)).toMatchObject({
        candidateName: AWKWARD_NAME,
        skippedItems: [{ itemKey: 'court', outcome: 'NOT_APPLICABLE', notes: AWKWARD_NOTE }],
        outcomes: { NOT_APPLICABLE: 1, NO_FINDINGS: 2 },
      });
      expect(row(2)).toMatchObject({ searchesLogged: 20, secondsToSubmission: 36000 });
      expect(row(3)).toMatchObject({
        findingsTotal: 3,
        findingsByCategory: { BIAS_HARASSMENT: 1, DISHONESTY: 1, THREATS_VIOLENCE: 1 },
        validation: { verified: 1, refuted: 1, inconclusive: 1, unvalidated: 0 },
        withheldFromPanel: 1,
        protectedClassFlags: { redacted: 1, kept: 1 },
        release: { status: 'RELEASED', version: 1 },
      });
      expect(row(3).release.releasedAt).toEqual(expect.any(String));
      expect(row(4)).toMatchObject({
        itemsResolved: 1,
        itemsTotal: 3,
        secondsToSubmission: null,
        release: { status: 'RELEASED', version: 1 },
      });
      expect(row(5)).toMatchObject({
        checklistVersion: 2,
        itemsResolved: 3,
        itemsTotal: 3,
        searcher: { id: sue.id, name: 'Sue Searcher' },
      });
      expect(row(6)).toMatchObject({
        searcher: null,
        itemsResolved: 0,
        searchesLogged: 0,
        methods: [],
        vettingStatus: 'NOT_ASSIGNED',
      });
      expect(row(7)).toMatchObject({
        itemsResolved: 2,
        skippedItems: [
          {
            itemKey: 'facebook',
            outcome: 'UNABLE',
            notes: 'Profile is private; no public content',
          },
        ],
      });
    });

    it('recomputes separation of duties from the records: the validator seated on the panel', async () => {
      const { separationOfDuties } = (await report(processId)).body;
      expect(separationOfDuties).toEqual([
        {
          userId: val.id,
          name: 'Val Validator',
          searcherWork: ['POOL', 'VALIDATOR'],
          panelSince: expect.any(String),
        },
      ]);
    });

    it('lists every KEEP decision with the kept text, justification and reviewer', async () => {
      const { keepDecisions } = (await report(processId)).body;
      expect(keepDecisions).toEqual([
        expect.objectContaining({
          flagClass: 'NATIONAL_ORIGIN',
          keptText: 'go back to Mexico',
          justification: 'The slur aimed at a co-worker is the job-relevant conduct',
          reviewer: { id: sue.id, name: 'Sue Searcher' },
          findingId: f.bias,
          candidateId: c[3].candidateId,
          decidedAt: expect.any(String),
        }),
      ]);
    });

    it('summarizes coverage and each searcher', async () => {
      const { summary } = (await report(processId)).body;
      expect(summary.fullCoverageShare).toBe(0.625);
      expect(summary.deviationsByKind).toEqual({
        SELF_VALIDATION: 1,
        ITEM_SKIPPED_INCONSISTENTLY: 2,
        SEARCH_EFFORT_OUTLIER: 2,
        UNVERIFIED_FINDING_REPORTED: 1,
        RELEASED_INCOMPLETE: 1,
        CHECKLIST_VERSION_MISMATCH: 1,
        NOT_ASSIGNED: 1,
        NOT_SUBMITTED: 1,
      });
      expect(summary.perSearcher).toEqual([
        {
          searcherId: sam.id,
          name: 'Sam Searcher',
          candidatesAssigned: 4,
          candidatesSearched: 4,
          findingsPerCandidate: 1,
          // Searches per assigned candidate, and mean minutes to submission of the submitted.
          searchesPerCandidate: 7.25,
          minutesPerCandidate: 195,
          validationOutcomes: { VERIFIED: 2, REFUTED: 1, INCONCLUSIVE: 1, UNVALIDATED: 0 },
          serverCaptureBacking: { findingsAuthored: 4, backedByServerCapture: 0, share: 0 },
        },
        {
          searcherId: sue.id,
          name: 'Sue Searcher',
          candidatesAssigned: 3,
          candidatesSearched: 3,
          findingsPerCandidate: 0,
          searchesPerCandidate: 2,
          minutesPerCandidate: 60,
          validationOutcomes: { VERIFIED: 0, REFUTED: 0, INCONCLUSIVE: 0, UNVALIDATED: 0 },
          serverCaptureBacking: { findingsAuthored: 0, backedByServerCapture: 0, share: 0 },
        },
      ]);
    });

    it('exports the candidate rows as CSV that parses back exactly', async () => {
      const res = await report(processId, auditor, '?format=csv');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="uniformity-${processId}.csv"`,
      );
      const rows = parse<Record<string, string>>(res.text, { columns: true });
      expect(rows).toHaveLength(8);
      expect(rows.map((r) => r.candidateId)).toEqual(c.map((x) => x.candidateId));
      expect(rows[1]).toMatchObject({
        candidateName: AWKWARD_NAME,
        skippedItems: `court (NOT_APPLICABLE): ${AWKWARD_NOTE}`,
        notApplicableItems: '1',
        itemsResolved: '3',
        itemsTotal: '3',
      });
      expect(rows[3]).toMatchObject({
        findingsByCategory: 'BIAS_HARASSMENT:1;DISHONESTY:1;THREATS_VIOLENCE:1',
        verified: '1',
        refuted: '1',
        inconclusive: '1',
        unvalidated: '0',
        withheldFromPanel: '1',
        flagsRedacted: '1',
        flagsKept: '1',
        releaseStatus: 'RELEASED',
        releaseVersion: '1',
      });
      expect(rows[0]).toMatchObject({
        methods: 'PUBLIC_PROFILE_LOGGED_OUT;PUBLIC_RECORDS_PORTAL;PUBLIC_SEARCH_ENGINE',
        searcherName: 'Sam Searcher',
        secondsToSubmission: '3600',
      });
      expect(rows[6]).toMatchObject({
        searcherId: '',
        secondsToSubmission: '',
        releaseStatus: 'NOT_RELEASED',
      });
    });

    it('records every read in the audit log', async () => {
      await report(processId).expect(200);
      await auditSettled(t);
      const [event] = await t.db.query(
        `SELECT actor_id, outcome, details FROM audit_events WHERE action = 'uniformity.read' AND subject_id = $1 ORDER BY seq DESC LIMIT 1`,
        [processId],
      );
      expect(event).toMatchObject({ actor_id: auditor.id, outcome: 'ALLOWED' });
      expect(event.details).toMatchObject({
        format: 'json',
        candidates: 8,
        deviations: 10,
        separationOfDutiesBreaches: 1,
        keepDecisions: 1,
      });
      expect(JSON.stringify(event.details)).not.toMatch(/Mexico/);
    });

    it('is for auditors only: ADMIN, PANEL, SEARCHER and RECORDS_CUSTODIAN get 403', async () => {
      const custodian = await t.user([Role.RECORDS_CUSTODIAN]);
      for (const who of [admin, pat, sam, val, custodian]) {
        expect({ who: who.name, status: (await report(processId, who)).status }).toEqual({
          who: who.name,
          status: 403,
        });
      }
    });
  });

  // --- a clean process ---------------------------------------------------------------------------

  describe('a process where every candidate got the same treatment', () => {
    let processId: string;

    beforeAll(async () => {
      const admin = await t.user([Role.ADMIN]);
      processId = await newProcess(admin, 'Dispatcher 2026 (clean)');
      const c: Cand[] = [];
      for (let i = 0; i < 5; i++)
        c.push(await addCandidate(admin, processId, `Clean Candidate ${i}`));
      const s1 = await designatedSearcher(t, admin, 'Ria Searcher');
      const s2 = await designatedSearcher(t, admin, 'Ted Searcher');
      const checker = await designatedSearcher(t, admin, 'Uma Validator');
      await t
        .http()
        .post(`/api/processes/${processId}/searchers`)
        .set(admin.auth)
        .send({ userId: checker.id })
        .expect(201);
      const panel = await t.user([Role.PANEL]);
      await t
        .http()
        .post(`/api/processes/${processId}/panel`)
        .set(admin.auth)
        .send({ userId: panel.id })
        .expect(201);
      for (let i = 0; i < 5; i++) {
        const who = i % 2 ? s2 : s1;
        await assign(admin, c[i], who);
        await item(who, c[i], 'google');
        // Everyone skips the court portal alike, with a note: uniform, so not a deviation.
        await item(
          who,
          c[i],
          'court',
          'NOT_APPLICABLE',
          'Out-of-state candidate pool; county records checked by HR',
        );
        const reported: string[] = [];
        if (i % 2) {
          await item(who, c[i], 'facebook', 'FINDINGS');
          const id = await finding(who, c[i], 'RECKLESS_CONDUCT');
          await validate(checker, id, 'VERIFIED');
          reported.push(id);
        } else {
          await item(who, c[i], 'facebook');
        }
        await submit(who, c[i]);
        await took(c[i], '2 hours');
        await release(processId, c[i], admin, reported, []);
      }
    });

    it('has zero deviations, no separation-of-duties breach and full coverage', async () => {
      const res = await report(processId);
      expect(res.status).toBe(200);
      expect(res.body.deviations).toEqual([]);
      expect(res.body.separationOfDuties).toEqual([]);
      expect(res.body.keepDecisions).toEqual([]);
      expect(res.body.summary).toMatchObject({
        candidates: 5,
        fullCoverageShare: 1,
        deviationCount: 0,
        deviationsByKind: {},
      });
      for (const row of res.body.candidates) {
        expect(row).toMatchObject({
          itemsResolved: 3,
          itemsTotal: 3,
          searchesLogged: 3,
          secondsToSubmission: 7200,
          withheldFromPanel: 0,
          release: { status: 'RELEASED', version: 1 },
        });
      }
      expect(res.body.process).toMatchObject({
        id: processId,
        title: 'Dispatcher 2026 (clean)',
        requireIndependentValidation: true,
        currentChecklistVersion: 1,
      });
    });
  });

  // --- bad requests ------------------------------------------------------------------------------

  describe('requests that are refused', () => {
    it('404 for an unknown process, 400 for a malformed id', async () => {
      const unknown = await report('00000000-0000-4000-8000-000000000000');
      expect(unknown.status).toBe(404);
      expect(unknown.body.message).toBe('Process not found');
      expect((await report('not-a-uuid')).status).toBe(400);
    });

    it('400 for any other format, a repeated format, or an unknown parameter', async () => {
      const admin = await t.user([Role.ADMIN]);
      const processId = await newProcess(admin, 'Empty process');
      for (const q of [
        '?format=xml',
        '?format=',
        '?format=CSV',
        '?format=csv&format=json',
        '?fmt=csv',
        '?format[]=csv',
      ]) {
        const res = await report(processId, auditor, q);
        expect({ q, status: res.status }).toEqual({ q, status: 400 });
      }
      const json = await report(processId, auditor, '?format=json');
      expect(json.status).toBe(200);
      expect(json.body).toMatchObject({
        candidates: [],
        deviations: [],
        summary: { candidates: 0, fullCoverageShare: 0 },
      });
      const csv = await report(processId, auditor, '?format=csv');
      expect(csv.status).toBe(200);
      expect(parse(csv.text, { columns: true })).toEqual([]);
    });
  });
});
