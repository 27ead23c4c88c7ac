import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { auditSettled } from '../support/audit';
import {
  buildWorld,
  redactAll,
  release,
  screened,
  searchEverything,
  World,
} from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { dbUrl } from '../support/test-env';
import { waitFor } from '../support/wait';

const run = promisify(execFile);
// Each test runs the command-line tool in a child process, which compiles the detector.
jest.setTimeout(300_000);
const OLD_RULES = '1.0.0-before-the-rollout';
const excerpt = "I'm 52 and still out every night; if he parks there again I will burn his truck.";

describe('rolling out new detector rules: screening:rescan', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const cli = (...args: string[]) =>
    run('npx', ['ts-node', '--transpile-only', 'src/cli/main.ts', 'screening:rescan', ...args], {
      env: { ...process.env, DATABASE_URL: dbUrl(t.dbName), LOG_LEVEL: 'silent' },
      timeout: 120_000,
    });

  /** Makes the finding's current screening look like the work of older rules. */
  async function screenedUnderOldRules(findingId: string, missedEverything: boolean) {
    if (missedEverything)
      await t.db.query(`DELETE FROM screening_flags WHERE finding_id = $1`, [findingId]);
    await t.db.query(`UPDATE screenings SET rules_version = $2 WHERE finding_id = $1`, [
      findingId,
      OLD_RULES,
    ]);
  }

  async function validateAndSubmit(w: World, findingId: string, vettingId: string) {
    await t
      .http()
      .post(`/api/findings/${findingId}/validations`)
      .set(w.validator.auth)
      .send({ status: 'VERIFIED', method: 'Photo cross-check', notes: 'Three identifiers match' })
      .expect(201);
    await t.http().post(`/api/vettings/${vettingId}/submit`).set(w.searcher.auth).expect(200);
  }

  it('queues re-screening of unreleased findings, lists (never rewrites) a released report the new rules would flag, and a corrected release clears it', async () => {
    const w = await buildWorld(t, { candidates: 2 });
    const [releasedVetting, openVetting] = w.vettingIds;
    await t
      .http()
      .post(`/api/vettings/${openVetting}/assignment`)
      .set(w.admin.auth)
      .send({ searcherId: w.searcher.id })
      .expect(200);

    // Released under the old rules, which missed the age: the panel's report carries it.
    const releasedFinding = await searchEverything(t, w, releasedVetting, w.searcher, { excerpt });
    await screened(t, releasedFinding, w.validator);
    await screenedUnderOldRules(releasedFinding, true);
    await validateAndSubmit(w, releasedFinding, releasedVetting);
    await redactAll(t, releasedFinding, w.validator);
    const v1 = await release(t, releasedVetting, w.searcher);
    const before = await t.http().get(`/api/reports/${v1.reportVersionId}`).set(w.panel.auth);
    expect(before.body.findings[0].excerpt).toContain("I'm 52");

    // Not released yet, reviewed under the old rules.
    const openFinding = await searchEverything(t, w, openVetting, w.searcher, { excerpt });
    await screened(t, openFinding, w.validator);
    await screenedUnderOldRules(openFinding, false);
    await redactAll(t, openFinding, w.validator);

    // Another process is out of scope of --process.
    const other = await buildWorld(t);
    const otherFinding = await searchEverything(t, other, other.vettingIds[0], other.searcher, {
      excerpt,
    });
    await screened(t, otherFinding, other.validator);
    await screenedUnderOldRules(otherFinding, false);

    const out = await cli('--process', w.processId);
    expect(out.stdout).toContain('Findings queued for re-screening: 1');
    expect(out.stdout).toContain('Released reports the new rules would have flagged: 1');
    expect(out.stdout).toMatch(
      new RegExp(`report version 1 of vetting ${releasedVetting} .*: AGE`),
    );

    // Through the outbox and the queue: both findings of the process get screened under the current rules.
    const current = await waitFor(
      async () => {
        const r = await t
          .http()
          .get(`/api/findings/${openFinding}/screening`)
          .set(w.validator.auth);
        return r.body.rulesVersion !== OLD_RULES && r.body.status === 'DONE' ? r.body : null;
      },
      30_000,
      'rescan of the open finding',
    );
    expect(out.stdout).toContain(`Rules version ${current.rulesVersion}`);
    expect(current.flags.map((f: { class: string }) => f.class)).toContain('AGE');
    const rescanned = await waitFor(
      async () => {
        const r = await t
          .http()
          .get(`/api/findings/${releasedFinding}/screening`)
          .set(w.validator.auth);
        return r.body.rulesVersion === current.rulesVersion ? r.body : null;
      },
      30_000,
      'rescan of the released finding',
    );
    expect(rescanned.flags.length).toBeGreaterThan(0);
    // Their old reviews do not count for the new screenings: both wait for review again (the
    // released one too, so that a corrected version can be released).
    const work = await t.http().get('/api/me/work').set(w.validator.auth).expect(200);
    expect(work.body.filterReviews.map((f: { findingId: string }) => f.findingId).sort()).toEqual(
      [openFinding, releasedFinding].sort(),
    );
    // The other process was left alone.
    const otherRows = await t.db.query(
      `SELECT count(*)::int AS n FROM screening_outbox WHERE finding_id = $1 AND rules_version IS NOT NULL`,
      [otherFinding],
    );
    expect(otherRows[0].n).toBe(0);

    // The released report is listed for the searchers of its process, and never rewritten.
    const notices = await t
      .http()
      .get('/api/screening/rescan-notices')
      .set(w.validator.auth)
      .expect(200);
    expect(notices.body.notices).toEqual([
      expect.objectContaining({
        processId: w.processId,
        vettingId: releasedVetting,
        candidateName: 'Jordan Doe 0',
        reportVersionId: v1.reportVersionId,
        reportVersion: 1,
        rulesVersion: current.rulesVersion,
        flags: [{ findingIndex: 0, field: 'excerpt', class: 'AGE', count: 1 }],
      }),
    ]);
    expect(JSON.stringify(notices.body)).not.toContain("I'm 52");
    const outsider = await t
      .http()
      .get('/api/screening/rescan-notices')
      .set(other.searcher.auth)
      .expect(200);
    expect(outsider.body.notices).toEqual([]);
    await t.http().get('/api/screening/rescan-notices').set(w.panel.auth).expect(403);
    const after = await t.http().get(`/api/reports/${v1.reportVersionId}`).set(w.panel.auth);
    expect(after.body).toEqual(before.body);
    const [{ sha256 }] = await t.db.query(`SELECT sha256 FROM report_versions WHERE id = $1`, [
      v1.reportVersionId,
    ]);
    expect(sha256).toBe(v1.sha256);

    await auditSettled(t);
    const [event] = await t.db.query(
      `SELECT actor_id, subject_type, subject_id, details FROM audit_events WHERE action = 'screening.rescan'`,
    );
    expect(event).toEqual({
      actor_id: null,
      subject_type: 'process',
      subject_id: w.processId,
      details: expect.objectContaining({
        rulesVersion: current.rulesVersion,
        findingsQueued: 1,
        reportsListed: 1,
        reportVersionIds: [v1.reportVersionId],
      }),
    });

    // A second run finds nothing more to do.
    const again = await cli('--process', w.processId);
    expect(again.stdout).toContain('Findings queued for re-screening: 0');
    expect(again.stdout).toContain('Released reports the new rules would have flagged: 0');

    // The searchers review the new flags and release a corrected version: the notice is cleared.
    await redactAll(t, releasedFinding, w.validator);
    const v2 = await release(t, releasedVetting, w.searcher);
    expect(v2.version).toBe(2);
    const corrected = await t.http().get(`/api/reports/${v2.reportVersionId}`).set(w.panel.auth);
    expect(corrected.body.findings[0].excerpt).not.toContain("I'm 52");
    const cleared = await t
      .http()
      .get('/api/screening/rescan-notices')
      .set(w.validator.auth)
      .expect(200);
    expect(cleared.body.notices).toEqual([]);
  });

  it('refuses an unknown or malformed --process', async () => {
    await expect(cli('--process', 'not-a-uuid')).rejects.toMatchObject({
      stderr: expect.stringContaining('--process not-a-uuid: not a process id (a UUID)'),
    });
    await expect(cli('--process', '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      stderr: expect.stringContaining('No hiring process 00000000-0000-4000-8000-000000000000'),
    });
  });
});
