import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../../src/auth/role.enum';
import { verifyBundle } from '../../src/records/bundle-verifier';
import { auditSettled } from '../support/audit';
import { readyToRelease } from '../support/fixtures';
import { custodian, vetted, world } from '../support/records-fixtures';
import { deploymentEnv, ServiceProcess, startService } from '../support/service-process';
import { startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';

/**
 * A worker killed with SIGKILL in the middle of a job. TEST_PAUSE_AT stops the job at a known
 * point (mid-write of the export's zip; inside the compilation's transaction, after the report
 * version row is inserted); the test kills the worker there, starts another, and checks that
 * the job ran again and finished exactly once. The in-process app is an `api` (it serves the
 * requests and consumes nothing).
 */
describe('a worker killed mid-job', () => {
  let t: TestApp;
  let env: Record<string, string>;
  const workers: ServiceProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    env = deploymentEnv(t);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill('SIGTERM')));
    await t?.close();
  });

  const exportFiles = () => readdirSync(process.env.EXPORT_DIR!).sort();

  it('mid-export, then mid-compilation: each job is retried and completes once, nothing partial is left, the chain holds', async () => {
    // Export: the first worker stops while writing the zip.
    const w = await world(t);
    await vetted(t, w);
    workers.push(await startService('worker', { ...env, TEST_PAUSE_AT: 'export.build' }));
    const rita = await custodian(t);
    const res = await t
      .http()
      .post('/api/exports')
      .set(rita.auth)
      .send({ scope: { processId: w.processId }, kind: 'E_DISCOVERY' })
      .expect(202);
    const exportId = res.body.id as string;
    await workers[0].paused();
    expect(exportFiles()).toEqual([
      expect.stringMatching(new RegExp(`^${exportId}\\.[0-9a-f]{8}\\.zip\\.partial$`)),
    ]);
    await workers[0].kill('SIGKILL');

    // The next worker stops in the middle of compiling a report; it finishes the export first.
    workers.push(await startService('worker', { ...env, TEST_PAUSE_AT: 'report.compile' }));
    const done = await waitFor(
      async () => {
        const s = await t.http().get(`/api/exports/${exportId}`).set(rita.auth);
        return s.body.status === 'DONE' ? s.body : null;
      },
      30_000,
      'the export, taken up again by the second worker',
    );
    expect(exportFiles()).toEqual([`${exportId}.zip`]);
    const path = join(process.env.EXPORT_DIR!, `${exportId}.zip`);
    expect(await verifyBundle(path)).toMatchObject({ ok: true, problems: [] });
    expect(done.sha256).toMatch(/^[0-9a-f]{64}$/);

    const r = await world(t);
    await readyToRelease(t, r);
    const requested = await t
      .http()
      .post(`/api/vettings/${r.vettingIds[0]}/release`)
      .set(r.searcher.auth)
      .expect(202);
    await workers[1].paused();
    await workers[1].kill('SIGKILL');
    const [pending] = await t.db.query(
      `SELECT status, (SELECT count(*)::int FROM report_versions WHERE release_id = $1) AS versions
         FROM report_releases WHERE id = $1`,
      [requested.body.id],
    );
    // The killed transaction took its uncommitted version with it.
    expect(pending).toEqual({ status: 'PENDING', versions: 0 });

    workers.push(await startService('worker', env));
    const compiled = await waitFor(
      async () => {
        const s = await t
          .http()
          .get(`/api/report-releases/${requested.body.id}`)
          .set(r.searcher.auth);
        return s.body.status === 'DONE' ? s.body : null;
      },
      30_000,
      'the compilation, taken up again by the third worker',
    );
    expect(compiled.version).toBe(1);
    const [counts] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM report_versions WHERE vetting_id = $1) AS versions,
              (SELECT count(*)::int FROM exports WHERE status = 'DONE') AS exports`,
      [r.vettingIds[0]],
    );
    expect(counts).toEqual({ versions: 1, exports: 1 });

    await auditSettled(t);
    const [events] = await t.db.query(
      `SELECT count(*) FILTER (WHERE action = 'export.complete' AND subject_id = $1)::int AS exported,
              count(*) FILTER (WHERE action = 'export.start' AND subject_id = $1)::int AS export_starts,
              count(*) FILTER (WHERE action = 'report.release' AND details->>'releaseId' = $2)::int AS released
         FROM audit_events`,
      [exportId, requested.body.id],
    );
    expect(events).toEqual({ exported: 1, export_starts: 2, released: 1 });
    const auditor = await t.user([Role.AUDITOR], 'Ada Auditor');
    const verify = await t.http().get('/api/audit/verify').set(auditor.auth).expect(200);
    expect(verify.body).toMatchObject({ intact: true, tampering: null });
  }, 600_000);
});
