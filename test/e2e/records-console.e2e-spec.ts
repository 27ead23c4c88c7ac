import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Role } from '../../src/auth/role.enum';
import { RECORDS_QUEUE } from '../../src/records/exports.service';
import { auditSettled } from '../support/audit';
import { custodian, vetted, world } from '../support/records-fixtures';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const day = (n: number) => new Date(Date.now() + n * 864e5).toISOString();

/**
 * What the records console needs from the API: a deadline on records requests (age and days
 * left counted by the server), exports started from a request and listed with it, the export
 * list with who, when, scope and kind, and the job's progress.
 */
describe('records console: request deadlines, the export list, exports of a request', () => {
  let t: TestApp;
  let rita: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    rita = await custodian(t);
  });
  afterAll(() => t.close());

  const post = (path: string, body: object, who = rita) =>
    t.http().post(path).set(who.auth).send(body);

  async function untilDone(id: string): Promise<Record<string, unknown>> {
    let view: Record<string, unknown> = { status: 'PENDING' };
    for (let i = 0; i < 300 && !['DONE', 'FAILED'].includes(view.status as string); i++) {
      await new Promise((r) => setTimeout(r, 100));
      view = (await t.http().get(`/api/exports/${id}`).set(rita.auth).expect(200)).body;
    }
    return view;
  }

  it('a request carries the deadline the custodian sets, with its age and the days left', async () => {
    const w = await world(t, 1, 'Dispatcher 2026');
    const res = await post('/api/records-requests', {
      requester: 'Ozaukee Press, J. Smith',
      receivedAt: day(-8),
      deadline: day(2.5),
      scope: { processId: w.processId },
      description: 'All records of the dispatcher hiring process.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'OPEN',
      ageDays: 8,
      daysUntilDeadline: 2,
      overdue: false,
      createdByName: 'Rita Records',
    });
    expect(new Date(res.body.deadline).getTime()).toBeGreaterThan(Date.now());

    // The custodian moves the deadline into the past: the request is overdue while OPEN.
    const moved = await t
      .http()
      .patch(`/api/records-requests/${res.body.id}`)
      .set(rita.auth)
      .send({ deadline: day(-0.5) });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'OPEN', overdue: true, daysUntilDeadline: -1 });
    const fulfilled = await t
      .http()
      .patch(`/api/records-requests/${res.body.id}`)
      .set(rita.auth)
      .send({ status: 'FULFILLED', note: 'Sent the bundle' });
    expect(fulfilled.body).toMatchObject({
      status: 'FULFILLED',
      overdue: false,
      statusChangedByName: 'Rita Records',
    });
    // Clearing the deadline.
    const cleared = await t
      .http()
      .patch(`/api/records-requests/${res.body.id}`)
      .set(rita.auth)
      .send({ deadline: null });
    expect(cleared.body).toMatchObject({ deadline: null, daysUntilDeadline: null });

    await auditSettled(t);
    const [event] = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'records-request.update' AND subject_id = $1 ORDER BY seq LIMIT 1`,
      [res.body.id],
    );
    expect(event.details.deadline.from).not.toBeNull();
    expect(new Date(event.details.deadline.to).getTime()).toBeLessThan(Date.now());
  });

  it('refuses a bad deadline with a 400 naming it, and never half-writes', async () => {
    const w = await world(t, 1, 'Dispatcher 2025');
    const body = (extra: object) => ({
      requester: 'R',
      receivedAt: day(-3),
      scope: { processId: w.processId },
      description: 'D',
      ...extra,
    });
    const before = await post('/api/records-requests', body({ deadline: day(-5) }));
    expect(before.status).toBe(400);
    expect(before.body.message).toMatch(/deadline .* cannot be before receivedAt/);
    const garbage = await post('/api/records-requests', body({ deadline: 'next friday' }));
    expect(garbage.status).toBe(400);
    expect(JSON.stringify(garbage.body.message)).toMatch(/deadline must be an ISO-8601 date/);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM records_requests WHERE process_id = $1`,
      [w.processId],
    );
    expect(n).toBe(0);

    const ok = await post('/api/records-requests', body({}));
    expect(ok.status).toBe(201);
    expect(ok.body.deadline).toBeNull();
    const patch = (b: object) =>
      t.http().patch(`/api/records-requests/${ok.body.id}`).set(rita.auth).send(b);
    const early = await patch({ deadline: day(-10) });
    expect(early.status).toBe(400);
    expect(early.body.message).toMatch(/cannot be before receivedAt/);
    const nothing = await patch({});
    expect(nothing.status).toBe(400);
    expect(JSON.stringify(nothing.body.message)).toMatch(/status must be one of/);
    expect((await patch({ deadline: 42 })).status).toBe(400);
  });

  it('an export started from a request is linked to it and listed with who, when, scope and kind; the job reports its progress', async () => {
    const w = await world(t, 2, 'Patrol Officer 2017');
    await vetted(t, w, 0);
    const request = await post('/api/records-requests', {
      requester: 'Counsel for the city',
      receivedAt: day(-1),
      deadline: day(9),
      scope: { processId: w.processId },
      description: 'Litigation hold and production.',
    });
    expect(request.status).toBe(201);
    const started = await post('/api/exports', {
      scope: { processId: w.processId },
      kind: 'E_DISCOVERY',
      recordsRequestId: request.body.id,
    });
    expect(started.status).toBe(202);
    const other = await post('/api/exports', {
      scope: { processId: w.processId },
      kind: 'PUBLIC_RELEASE',
    });
    expect(other.status).toBe(202);
    const done = await untilDone(started.body.id);
    expect(done).toMatchObject({ status: 'DONE', progress: 100 });
    await untilDone(other.body.id);

    // The BullMQ job itself carries the progress the processor reported.
    const queue = t.app.get<Queue>(getQueueToken(RECORDS_QUEUE));
    const job = await queue.getJob(started.body.id);
    expect(job?.progress).toBe(100);

    const all = await t.http().get('/api/exports').set(rita.auth);
    expect(all.status).toBe(200);
    const mine = all.body.find((e: { id: string }) => e.id === started.body.id);
    expect(mine).toMatchObject({
      kind: 'E_DISCOVERY',
      scope: { processId: w.processId },
      status: 'DONE',
      progress: 100,
      recordsRequestId: request.body.id,
      requestedBy: rita.id,
      requestedByName: 'Rita Records',
      processTitle: 'Patrol Officer 2017',
      candidateName: null,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(new Date(mine.requestedAt).getTime()).toBeLessThanOrEqual(Date.now());
    // Newest first.
    const ids = all.body.map((e: { id: string }) => e.id);
    expect(ids.indexOf(other.body.id)).toBeLessThan(ids.indexOf(started.body.id));

    const ofRequest = await t
      .http()
      .get(`/api/exports?recordsRequestId=${request.body.id}`)
      .set(rita.auth);
    expect(ofRequest.status).toBe(200);
    expect(ofRequest.body.map((e: { id: string }) => e.id)).toEqual([started.body.id]);
  });

  it("while an export runs, its status answers the BullMQ job's own progress", async () => {
    const w = await world(t, 1, 'Cadet 2026');
    const [{ id }] = await t.db.query(
      `INSERT INTO exports (kind, scope, process_id, status, progress, requested_by, started_at)
       VALUES ('E_DISCOVERY', $2, $1, 'RUNNING', 10, $3, now()) RETURNING id`,
      [w.processId, JSON.stringify({ processId: w.processId }), rita.id],
    );
    // A job under the export's id that no worker takes yet (delayed), reporting 40%.
    const queue = t.app.get<Queue>(getQueueToken(RECORDS_QUEUE));
    const job = await queue.add('progress-probe', {}, { jobId: id, delay: 600_000 });
    try {
      await job.updateProgress(40);
      const view = await t.http().get(`/api/exports/${id}`).set(rita.auth).expect(200);
      expect(view.body).toMatchObject({ status: 'RUNNING', progress: 40 });
    } finally {
      await job.remove();
      await t.db.query(`UPDATE exports SET status = 'FAILED', error = 'test' WHERE id = $1`, [id]);
    }
  });

  it('refuses exports whose scope is not the request scope (422), unknown requests (404) and bad ids (400)', async () => {
    const a = await world(t, 1, 'Process A');
    const b = await world(t, 1, 'Process B');
    const request = await post('/api/records-requests', {
      requester: 'R',
      receivedAt: day(-1),
      scope: { processId: a.processId },
      description: 'D',
    });
    const mismatch = await post('/api/exports', {
      scope: { processId: b.processId },
      kind: 'E_DISCOVERY',
      recordsRequestId: request.body.id,
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.message).toMatch(/not the scope of the records request/);
    const unknown = await post('/api/exports', {
      scope: { processId: a.processId },
      kind: 'E_DISCOVERY',
      recordsRequestId: UNKNOWN,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/records request/i);
    const badId = await post('/api/exports', {
      scope: { processId: a.processId },
      kind: 'E_DISCOVERY',
      recordsRequestId: 'nope',
    });
    expect(badId.status).toBe(400);
    expect(JSON.stringify(badId.body.message)).toMatch(/recordsRequestId must be a UUID/);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM exports WHERE process_id = ANY($1::uuid[])`,
      [[a.processId, b.processId]],
    );
    expect(n).toBe(0);
    await auditSettled(t);
    const [{ denied }] = await t.db.query(
      `SELECT count(*)::int AS denied FROM audit_events WHERE action = 'export.request' AND outcome = 'DENIED' AND subject_id = $1`,
      [request.body.id],
    );
    expect(denied).toBe(1);

    const list = (q: string) => t.http().get(`/api/exports${q}`).set(rita.auth);
    const badQuery = await list('?recordsRequestId=nope');
    expect(badQuery.status).toBe(400);
    expect(JSON.stringify(badQuery.body.message)).toMatch(/recordsRequestId must be a UUID/);
    expect((await list('?colour=red')).status).toBe(400);
    expect((await list(`?recordsRequestId=${UNKNOWN}`)).status).toBe(404);
  });

  it('only a records custodian lists exports (403 for every other role, 401 without a session)', async () => {
    expect((await t.http().get('/api/exports')).status).toBe(401);
    for (const role of [Role.ADMIN, Role.AUDITOR, Role.PANEL, Role.SEARCHER]) {
      const u = await t.user([role]);
      const res = await t.http().get('/api/exports').set(u.auth);
      expect(res.status).toBe(403);
    }
  });
});

describe('records console: the candidates of a process, for scoping a hold or a request', () => {
  let t: TestApp;
  let rita: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    rita = await custodian(t);
  });
  afterAll(() => t.close());

  it('lists them by name for the custodian; 404 for an unknown process, 400 for a bad id, 403 for other roles', async () => {
    const w = await world(t, 2, 'Jailer 2026');
    const res = await t
      .http()
      .get(`/api/records/processes/${w.processId}/candidates`)
      .set(rita.auth);
    expect(res.status).toBe(200);
    expect(res.body.map((c: { fullName: string }) => c.fullName)).toEqual([
      'Jordan Doe 0',
      'Jordan Doe 1',
    ]);
    expect(res.body[0]).toEqual({
      id: expect.any(String),
      fullName: 'Jordan Doe 0',
      confidentialityRequested: false,
      finalCandidate: false,
    });
    // A hold on one of them, through the route the form uses.
    const hold = await t.http().post('/api/legal-holds').set(rita.auth).send({
      subjectType: 'CANDIDATE',
      subjectId: res.body[1].id,
      reason: 'Preserve',
      reference: 'Case 1',
    });
    expect(hold.status).toBe(201);
    expect(hold.body).toMatchObject({ candidateName: 'Jordan Doe 1', processTitle: 'Jailer 2026' });

    const unknown = await t
      .http()
      .get(`/api/records/processes/${UNKNOWN}/candidates`)
      .set(rita.auth);
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/Process not found/);
    expect(
      (await t.http().get('/api/records/processes/nope/candidates').set(rita.auth)).status,
    ).toBe(400);
    for (const role of [Role.ADMIN, Role.AUDITOR, Role.PANEL, Role.SEARCHER]) {
      const u = await t.user([role]);
      const r = await t.http().get(`/api/records/processes/${w.processId}/candidates`).set(u.auth);
      expect(r.status).toBe(403);
    }
  });
});
