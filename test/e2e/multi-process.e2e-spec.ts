import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue, QueueEvents } from 'bullmq';
import { readdirSync } from 'node:fs';
import request from 'supertest';
import { Role } from '../../src/auth/role.enum';
import { redisOptions } from '../../src/queue/redis-connection';
import { RECORDS_QUEUE } from '../../src/records/exports.service';
import { RETENTION_PURGE_JOB } from '../../src/records/records.processor';
import { auditSettled } from '../support/audit';
import { readyToRelease, release } from '../support/fixtures';
import { closeAged, custodian, vetted, world } from '../support/records-fixtures';
import {
  alternating,
  deploymentEnv,
  ServiceProcess,
  startService,
} from '../support/service-process';
import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';
import { REDIS_URL } from '../support/test-env';
import { waitFor } from '../support/wait';

/**
 * One deployment as several processes: two `api` processes and one `worker`, started as real
 * child processes on one database and Redis prefix. The test's own in-process app (APP_ROLE=api,
 * so it consumes nothing) only creates users; every request below goes to the two api
 * processes in turn.
 */
describe('several processes: two api, one worker', () => {
  let t: TestApp;
  let remote: TestApp;
  const apis: ServiceProcess[] = [];
  let worker: ServiceProcess | undefined;

  beforeAll(async () => {
    t = await startTestApp({ APP_ROLE: 'api' });
    const env = { ...deploymentEnv(t), LOGIN_RATE_LIMIT: '6' };
    [apis[0], apis[1], worker] = await Promise.all([
      startService('api', env),
      startService('api', env),
      startService('worker', env),
    ]);
    remote = { ...t, http: alternating(apis) };
  }, 300_000);

  afterAll(async () => {
    await Promise.all([...apis, worker].map((p) => p?.kill('SIGTERM') ?? Promise.resolve()));
    await t?.close();
  });

  it('the sign-in limit and the lockout count are shared by both api processes', async () => {
    // One client address (forwarded by a trusted local proxy), unknown accounts, alternating
    // processes: each process alone would allow 6 a minute, together they allow 6.
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await remote
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', '203.0.113.50')
        .send({ email: `nobody-${i}@example.test`, password: 'wrong password entirely' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);

    // Five wrong passwords, from five addresses, alternating processes: the account locks.
    const victim = await t.user([Role.SEARCHER], 'Lockout Subject');
    for (let i = 0; i < 5; i++)
      await remote
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', `203.0.113.${60 + i}`)
        .send({ email: victim.email, password: 'not the password at all' })
        .expect(401);
    const [row] = await t.db.query(
      `SELECT failed_login_count, locked_until FROM users WHERE id = $1`,
      [victim.id],
    );
    expect(row.failed_login_count).toBe(5);
    expect(row.locked_until).toBeInstanceOf(Date);
    for (let i = 0; i < 2; i++)
      await remote
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', '203.0.113.70')
        .send({ email: victim.email, password: TEST_PASSWORD })
        .expect(401);
  });

  it('a browser session started on one api process holds on the other, and ends on both', async () => {
    const who = await t.user([Role.ADMIN], 'Session Holder');
    const [a, b] = apis.map((p) => () => request(p.url));
    const signIn = await a()
      .post('/api/auth/session')
      .set('X-Forwarded-For', '203.0.113.80')
      .send({ email: who.email, password: TEST_PASSWORD })
      .expect(200);
    const cookie = ([] as string[])
      .concat(signIn.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('cybervet_session='))!
      .split(';')[0];
    await b().get('/api/auth/me').set('Cookie', cookie).expect(200);
    await b()
      .delete('/api/auth/session')
      .set('Cookie', cookie)
      .set('X-Requested-With', 'cybervet')
      .expect(204);
    const after = await a().get('/api/auth/me').set('Cookie', cookie);
    expect(after.status).toBe(401);
  });

  it('a scan and a release each run once: one screening, one report version', async () => {
    const w = await world(remote);
    const findingId = await readyToRelease(remote, w);
    const done = await release(remote, w.vettingIds[0], w.searcher);
    expect(done.version).toBe(1);
    const [counts] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM screenings WHERE finding_id = $1) AS screenings,
              (SELECT count(*)::int FROM report_versions WHERE vetting_id = $2) AS versions,
              (SELECT count(*)::int FROM report_releases WHERE vetting_id = $2 AND status = 'DONE') AS releases`,
      [findingId, w.vettingIds[0]],
    );
    expect(counts).toEqual({ screenings: 1, versions: 1, releases: 1 });
    await auditSettled(t);
    const [events] = await t.db.query(
      `SELECT count(*) FILTER (WHERE action = 'screening.complete' AND subject_id = $1)::int AS scans,
              count(*) FILTER (WHERE action = 'report.release' AND details->>'releaseId' IS NOT NULL
                               AND details->>'vettingId' = $2)::int AS releases
         FROM audit_events`,
      [findingId, w.vettingIds[0]],
    );
    expect(events).toEqual({ scans: 1, releases: 1 });
  }, 90_000);

  it('an export runs once: one complete file, no partial left', async () => {
    const w = await world(remote);
    await vetted(remote, w);
    const rita = await custodian(t);
    const res = await remote
      .http()
      .post('/api/exports')
      .set(rita.auth)
      .send({ scope: { processId: w.processId }, kind: 'E_DISCOVERY' })
      .expect(202);
    await waitFor(
      async () => {
        const s = await remote.http().get(`/api/exports/${res.body.id}`).set(rita.auth);
        return s.body.status === 'DONE';
      },
      30_000,
      'the export',
    );
    const files = readdirSync(process.env.EXPORT_DIR!).filter((f) => f.startsWith(res.body.id));
    expect(files).toEqual([`${res.body.id}.zip`]);
    const zip = await remote.http().get(`/api/exports/${res.body.id}/download`).set(rita.auth);
    expect(zip.status).toBe(200);
    await auditSettled(t);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'export.complete' AND subject_id = $1`,
      [res.body.id],
    );
    expect(n).toBe(1);
  }, 90_000);

  it('a purge runs once however often it is started: one tombstone per removed item', async () => {
    const w = await world(remote);
    const v = await vetted(remote, w);
    await closeAged(remote, w, 8);
    // Three purges at once (two queued jobs and the worker's own schedule could overlap).
    const queue = t.get<Queue>(getQueueToken(RECORDS_QUEUE) as never);
    const events = new QueueEvents(RECORDS_QUEUE, {
      connection: redisOptions(REDIS_URL),
      prefix: t.dbName,
    });
    await events.waitUntilReady();
    const jobs: Job[] = await Promise.all(
      [1, 2, 3].map((i) => queue.add(RETENTION_PURGE_JOB, {}, { jobId: `purge-test-${i}` })),
    );
    await Promise.all(jobs.map((j) => j.waitUntilFinished(events, 30_000)));
    await events.close();
    const tombstones = await t.db.query<{ subject_type: string; n: number }[]>(
      `SELECT subject_type, count(*)::int AS n FROM purge_tombstones WHERE finding_id = $1
        GROUP BY subject_type, subject_id ORDER BY subject_type`,
      [v.findingId],
    );
    expect(tombstones.length).toBeGreaterThanOrEqual(2);
    expect(tombstones.every((r) => r.n === 1)).toBe(true);
    const [finding] = await t.db.query(`SELECT purged_at, excerpt FROM findings WHERE id = $1`, [
      v.findingId,
    ]);
    expect(finding).toEqual({ purged_at: expect.any(Date), excerpt: null });
  }, 90_000);

  it('the audit chain is intact afterwards', async () => {
    const auditor = await t.user([Role.AUDITOR], 'Ada Auditor');
    await auditSettled(t);
    const res = await remote.http().get('/api/audit/verify').set(auditor.auth).expect(200);
    expect(res.body).toMatchObject({ intact: true, tampering: null });
    expect(res.body.count).toBeGreaterThan(50);
  });
});
