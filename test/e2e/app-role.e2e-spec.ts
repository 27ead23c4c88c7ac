import { ANCHOR_SCHEDULER, NIGHTLY_VERIFY_SCHEDULER } from '../../src/audit/audit-verify.processor';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUEUES } from '../../src/queue/queue.module';
import { RECORDS_QUEUE } from '../../src/records/exports.service';
import { custodian, world } from '../support/records-fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { waitFor } from '../support/wait';

/**
 * APP_ROLE: an `api` process adds jobs but never consumes one, schedules one or polls the
 * outbox; a `worker` process consumes them and answers only /health.
 */
describe('APP_ROLE: api and worker processes', () => {
  let api: TestApp;
  let worker: TestApp | undefined;
  let rita: TestUser;
  const scratch = mkdtempSync(join(tmpdir(), 'cybervet-role-'));
  const shared = {
    EVIDENCE_DIR: join(scratch, 'evidence'),
    EXPORT_DIR: join(scratch, 'exports'),
    JWT_SECRET: randomBytes(32).toString('hex'),
  };

  beforeAll(async () => {
    api = await startTestApp({ ...shared, APP_ROLE: 'api' });
    rita = await custodian(api);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('an api process serves the API, leaves a requested export and a release for the workers, and schedules nothing', async () => {
    const w = await world(api);
    const res = await api
      .http()
      .post('/api/exports')
      .set(rita.auth)
      .send({ scope: { processId: w.processId }, kind: 'E_DISCOVERY' })
      .expect(202);
    // A pending release, as a request leaves it: the outbox relay is what hands it to the queue.
    const [release] = await api.db.query<{ id: string }[]>(
      `INSERT INTO report_releases (vetting_id, requested_by) VALUES ($1, $2) RETURNING id`,
      [w.vettingIds[0], w.admin.id],
    );
    await new Promise((r) => setTimeout(r, 2500));

    // No outbox relay ran: neither the export nor the release was handed to a queue.
    const records = api.get<Queue>(getQueueToken(RECORDS_QUEUE) as never);
    expect(await records.getJobCounts('waiting', 'active', 'completed')).toEqual({
      waiting: 0,
      active: 0,
      completed: 0,
    });
    const [exp] = await api.db.query(`SELECT status FROM exports WHERE id = $1`, [res.body.id]);
    expect(exp.status).toBe('PENDING');
    const [rel] = await api.db.query(
      `SELECT status, dispatched_at FROM report_releases WHERE id = $1`,
      [release.id],
    );
    expect(rel).toEqual({ status: 'PENDING', dispatched_at: null });
    const reports = api.get<Queue>(getQueueToken(QUEUES.REPORTS) as never);
    expect(await reports.getJobCounts('waiting', 'active')).toEqual({ waiting: 0, active: 0 });
    // No nightly verification or daily purge was scheduled.
    expect(await records.getJobSchedulersCount()).toBe(0);
    const audit = api.get<Queue>(getQueueToken(QUEUES.AUDIT) as never);
    expect(await audit.getJobSchedulersCount()).toBe(0);
    // Cleared so the worker below does not try to compile a release no vetting is ready for.
    await api.db.query(
      `UPDATE report_releases SET status = 'FAILED', error = 'test: cleared' WHERE id = $1`,
      [release.id],
    );

    // A worker on the same database and Redis takes the export and schedules the jobs.
    worker = await startTestApp(
      { ...shared, APP_ROLE: 'worker', QUEUE_PREFIX: api.dbName },
      { dbName: api.dbName },
    );
    const done = await waitFor(
      async () => {
        const s = await api.http().get(`/api/exports/${res.body.id}`).set(rita.auth);
        return s.body.status === 'DONE' ? s.body : null;
      },
      20_000,
      'the export, built by the worker',
    );
    expect(done).toMatchObject({ status: 'DONE', progress: 100 });
    expect(await records.getJobSchedulersCount()).toBe(1);
    // The nightly verification and the hourly checkpoint of the chain.
    expect((await audit.getJobSchedulers()).map((j) => j.key).sort()).toEqual(
      [ANCHOR_SCHEDULER, NIGHTLY_VERIFY_SCHEDULER].sort(),
    );
  }, 60_000);

  it('a worker process answers /health and nothing else', async () => {
    worker ??= await startTestApp(
      { ...shared, APP_ROLE: 'worker', QUEUE_PREFIX: api.dbName },
      { dbName: api.dbName },
    );
    await worker.http().get('/health/live').expect(200, { status: 'ok' });
    await worker.http().get('/health/ready').expect(200);
    for (const path of ['/api/auth/me', '/api/exports/signing-key', '/docs', '/', '/login']) {
      const res = await worker.http().get(path).set(rita.auth);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.body.message).toBe('This is a worker process: it serves only /health');
    }
    const login = await worker
      .http()
      .post('/api/auth/login')
      .send({ email: rita.email, password: 'x' });
    expect(login.status).toBe(404);
    // The api process still serves the same routes.
    await api.http().get('/api/auth/me').set(rita.auth).expect(200);
  }, 60_000);
});
