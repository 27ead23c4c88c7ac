import { auditSettled } from '../support/audit';
import { buildWorld, readyToRelease } from '../support/fixtures';
import { custodian } from '../support/records-fixtures';
import { RedisProxy } from '../support/tcp-proxy';
import { startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';

/** A request taken while Redis is away still answers promptly: the work waits in PostgreSQL. */
const PROMPT_MS = 3000;

/**
 * Redis is lost while requests run (scans: test/e2e/outbox.e2e-spec.ts). A release and an
 * export asked for during the outage are accepted at once, kept in PostgreSQL, and carried out
 * when Redis is back, with no restart and exactly once.
 */
describe('releases and exports survive a Redis outage', () => {
  let t: TestApp;
  let proxy: RedisProxy;

  beforeAll(async () => {
    proxy = await new RedisProxy().start();
    t = await startTestApp({ REDIS_URL: proxy.url });
  });
  afterAll(async () => {
    proxy.up();
    await t?.close();
    await proxy?.stop();
  });

  async function redisDown() {
    proxy.down();
    await waitFor(
      async () => ((await t.http().get('/health/ready')).status === 503 ? true : null),
      10000,
      'readiness to report Redis down',
    );
  }

  it('accepts a release while Redis is down and compiles it once Redis is back', async () => {
    const w = await buildWorld(t);
    await readyToRelease(t, w);
    await redisDown();

    const started = Date.now();
    const res = await t
      .http()
      .post(`/api/vettings/${w.vettingIds[0]}/release`)
      .set(w.searcher.auth);
    expect(res.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(PROMPT_MS);
    const releaseId = res.body.id as string;

    // The relay tries, fails, and keeps the release waiting in PostgreSQL.
    const waiting = await waitFor(
      async () => {
        const [r] = await t.db.query(
          `SELECT status, dispatch_attempts, last_dispatch_error FROM report_releases WHERE id = $1`,
          [releaseId],
        );
        return r && r.dispatch_attempts >= 2 ? r : null;
      },
      10000,
      'failed hand-offs to the queue',
    );
    expect(waiting).toMatchObject({
      status: 'PENDING',
      last_dispatch_error: expect.stringMatching(/Redis/),
    });
    const pending = await t.http().get(`/api/report-releases/${releaseId}`).set(w.searcher.auth);
    expect(pending.body.status).toBe('PENDING');

    proxy.up();
    const done = await waitFor(
      async () => {
        const s = await t.http().get(`/api/report-releases/${releaseId}`).set(w.searcher.auth);
        return s.body.status === 'DONE' ? s.body : null;
      },
      30000,
      'the release to compile after Redis returned',
    );
    expect(done.version).toBe(1);
    const versions = await t.db.query(
      `SELECT count(*)::int AS n FROM report_versions WHERE vetting_id = $1`,
      [w.vettingIds[0]],
    );
    expect(versions[0].n).toBe(1);
  });

  it('accepts an export while Redis is down and builds it once Redis is back', async () => {
    const w = await buildWorld(t);
    await readyToRelease(t, w);
    const rita = await custodian(t);
    await redisDown();

    const started = Date.now();
    const res = await t
      .http()
      .post('/api/exports')
      .set(rita.auth)
      .send({ scope: { processId: w.processId }, kind: 'E_DISCOVERY' });
    expect(res.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(PROMPT_MS);
    const exportId = res.body.id as string;

    const waiting = await waitFor(
      async () => {
        const [r] = await t.db.query(
          `SELECT status, dispatch_attempts, last_dispatch_error FROM exports WHERE id = $1`,
          [exportId],
        );
        return r && r.dispatch_attempts >= 2 ? r : null;
      },
      10000,
      'failed hand-offs to the queue',
    );
    expect(waiting).toMatchObject({
      status: 'PENDING',
      last_dispatch_error: expect.stringMatching(/Redis/),
    });

    proxy.up();
    const done = await waitFor(
      async () => {
        const s = await t.http().get(`/api/exports/${exportId}`).set(rita.auth);
        return s.body.status === 'DONE' ? s.body : null;
      },
      30000,
      'the export to build after Redis returned',
    );
    expect(done.sha256).toMatch(/^[0-9a-f]{64}$/);
    const download = await t.http().get(`/api/exports/${exportId}/download`).set(rita.auth);
    expect(download.status).toBe(200);
    await auditSettled(t);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'export.complete' AND subject_id = $1`,
      [exportId],
    );
    expect(n).toBe(1);
  });
});
