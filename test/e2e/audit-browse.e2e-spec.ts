import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { AuditVerificationService } from '../../src/audit/audit-verification.service';
import { AuditInput, AuditService } from '../../src/audit/audit.service';
import { Role } from '../../src/auth/role.enum';
import { QUEUES } from '../../src/queue/queue.module';
import { auditSettled, recordSettled } from '../support/audit';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const EVENT_KEYS = [
  'seq',
  'occurredAt',
  'actorId',
  'actorRoles',
  'action',
  'subjectType',
  'subjectId',
  'outcome',
  'details',
  'requestId',
  'clientIp',
  'prevHash',
  'hash',
].sort();

interface EventJson {
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorRoles: string[];
  action: string;
  subjectType: string;
  subjectId: string | null;
  outcome: string;
  details: Record<string, unknown>;
  requestId: string | null;
  clientIp: string | null;
  prevHash: string;
  hash: string;
}

describe('browsing the audit log (GET /api/audit)', () => {
  let t: TestApp;
  let audit: AuditService;
  let auditor: TestUser;
  let panel: TestUser;
  let searcher: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    audit = t.get(AuditService);
    auditor = await t.user([Role.AUDITOR]);
    panel = await t.user([Role.PANEL]);
    searcher = await t.user([Role.SEARCHER]);
  });
  afterAll(() => t.close());

  const browse = (query: Record<string, string | number>, who: TestUser = auditor) =>
    t.http().get('/api/audit').query(query).set(who.auth);

  async function events(query: Record<string, string | number>): Promise<EventJson[]> {
    await auditSettled(t);
    const res = await browse(query);
    expect(res.status).toBe(200);
    return res.body.events as EventJson[];
  }

  /** Records events one after another, a few ms apart so their times differ. */
  async function seed(inputs: AuditInput[]): Promise<AuditEvent[]> {
    const out: AuditEvent[] = [];
    for (const input of inputs) {
      out.push(await recordSettled(t, input));
      await sleep(3);
    }
    return out;
  }

  const seqs = (list: { seq: number }[]) => list.map((e) => e.seq);

  describe('filters', () => {
    it('by exact action, oldest first, with every field of the event', async () => {
      const tag = `test.browse.${randomUUID()}`;
      const actor = randomUUID();
      const mine = await seed([
        {
          action: tag,
          subjectType: 'test',
          subjectId: 'a',
          actorId: actor,
          actorRoles: [Role.SEARCHER],
          details: { n: 1, nested: { z: 1, a: [1, 2] } },
        },
        { action: `${tag}.other`, subjectType: 'test', subjectId: 'b' },
        { action: tag, subjectType: 'test', subjectId: 'c', outcome: 'DENIED' },
        { action: tag.toUpperCase(), subjectType: 'test', subjectId: 'd' },
      ]);
      const got = await events({ action: tag });
      expect(seqs(got)).toEqual([mine[0].seq, mine[2].seq]);
      expect(Object.keys(got[0]).sort()).toEqual(EVENT_KEYS);
      expect(got[0]).toEqual({
        seq: mine[0].seq,
        occurredAt: mine[0].occurredAt.toISOString(),
        actorId: actor,
        actorRoles: [Role.SEARCHER],
        action: tag,
        subjectType: 'test',
        subjectId: 'a',
        outcome: 'ALLOWED',
        details: { n: 1, nested: { z: 1, a: [1, 2] } },
        requestId: null,
        clientIp: null,
        prevHash: mine[0].prevHash,
        hash: mine[0].hash,
      });
      expect(got[1]).toMatchObject({ outcome: 'DENIED', subjectId: 'c' });
    });

    it('by subject type and subject id', async () => {
      const tag = `test.browse.${randomUUID()}`;
      const x = randomUUID();
      const y = randomUUID();
      const mine = await seed([
        { action: tag, subjectType: 'report', subjectId: x },
        { action: tag, subjectType: 'report', subjectId: y },
        { action: tag, subjectType: 'case', subjectId: x },
        { action: tag, subjectType: 'report', subjectId: x },
      ]);
      expect(seqs(await events({ subjectType: 'report', subjectId: x }))).toEqual([
        mine[0].seq,
        mine[3].seq,
      ]);
      expect(seqs(await events({ subjectId: x }))).toEqual([mine[0].seq, mine[2].seq, mine[3].seq]);
      expect(seqs(await events({ subjectType: 'report', action: tag }))).toEqual([
        mine[0].seq,
        mine[1].seq,
        mine[3].seq,
      ]);
      expect(seqs(await events({ subjectType: 'case', subjectId: y }))).toEqual([]);
    });

    it('by outcome', async () => {
      const tag = `test.browse.${randomUUID()}`;
      const mine = await seed([
        { action: tag, subjectType: 'test', outcome: 'ALLOWED' },
        { action: tag, subjectType: 'test', outcome: 'DENIED' },
        { action: tag, subjectType: 'test', outcome: 'FAILED' },
        { action: tag, subjectType: 'test', outcome: 'DENIED' },
      ]);
      expect(seqs(await events({ action: tag, outcome: 'DENIED' }))).toEqual([
        mine[1].seq,
        mine[3].seq,
      ]);
      expect(seqs(await events({ action: tag, outcome: 'FAILED' }))).toEqual([mine[2].seq]);
      expect(seqs(await events({ action: tag, outcome: 'ALLOWED' }))).toEqual([mine[0].seq]);
    });

    it('by actor, for events written by real HTTP calls (with their request id and client address)', async () => {
      const denied = await t
        .http()
        .get('/api/users')
        .set(panel.auth)
        .set('X-Request-Id', `req-${randomUUID()}`);
      expect(denied.status).toBe(403);
      const got = await events({ actorId: panel.id });
      const refusal = got.filter((e) => e.action === 'authorization.denied');
      expect(refusal).toHaveLength(1);
      expect(refusal[0]).toMatchObject({
        actorId: panel.id,
        actorRoles: [Role.PANEL],
        subjectType: 'route',
        subjectId: 'GET /api/users',
        outcome: 'DENIED',
        requestId: denied.headers['x-request-id'],
        clientIp: expect.any(String),
      });
      // The panel member's own sign-in is theirs too; the searcher's events are not.
      expect(got.some((e) => e.action === 'auth.login' && e.subjectId === panel.id)).toBe(true);
      expect(got.every((e) => e.actorId === panel.id)).toBe(true);
      expect(await events({ actorId: randomUUID() })).toEqual([]);
    });

    it('combines filters from HTTP traffic: a failed sign-in by subject and outcome', async () => {
      const target = await t.user([Role.SEARCHER]);
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: target.email, password: 'not the password at all' });
      expect(res.status).toBe(401);
      const got = await events({
        subjectType: 'user',
        subjectId: target.id,
        action: 'auth.login',
        outcome: 'FAILED',
      });
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({
        actorId: null,
        details: { email: target.email, reason: 'wrong password' },
      });
      const ok = await events({
        subjectType: 'user',
        subjectId: target.id,
        action: 'auth.login',
        outcome: 'ALLOWED',
      });
      expect(ok).toHaveLength(1);
      expect(ok[0].actorId).toBe(target.id);
    });

    it('by time: from is inclusive, to is exclusive, on occurred_at', async () => {
      const tag = `test.browse.${randomUUID()}`;
      const mine = await seed(
        Array.from({ length: 4 }, (_, i) => ({
          action: tag,
          subjectType: 'test',
          subjectId: String(i),
        })),
      );
      const at = mine.map((e) => e.occurredAt.toISOString());
      expect(new Set(at).size).toBe(4);
      expect(seqs(await events({ action: tag, from: at[1], to: at[3] }))).toEqual([
        mine[1].seq,
        mine[2].seq,
      ]);
      expect(seqs(await events({ action: tag, from: at[2] }))).toEqual([mine[2].seq, mine[3].seq]);
      expect(seqs(await events({ action: tag, to: at[1] }))).toEqual([mine[0].seq]);
      // An offset is honoured; a date-time without one is UTC.
      const plusTwo = new Date(mine[1].occurredAt.getTime() + 2 * 3600_000)
        .toISOString()
        .replace('Z', '+02:00');
      expect(seqs(await events({ action: tag, from: plusTwo }))).toEqual(seqs(mine.slice(1)));
      expect(seqs(await events({ action: tag, from: at[3].replace('Z', '') }))).toEqual([
        mine[3].seq,
      ]);
    });

    it('lists every view of a report with who viewed it and when', async () => {
      const report = randomUUID();
      const viewers = [randomUUID(), randomUUID()];
      const mine = await seed([
        {
          action: 'report.view',
          subjectType: 'report',
          subjectId: report,
          actorId: viewers[0],
          actorRoles: [Role.PANEL],
        },
        {
          action: 'report.release',
          subjectType: 'report',
          subjectId: report,
          actorId: viewers[1],
          actorRoles: [Role.ADMIN],
        },
        {
          action: 'report.view',
          subjectType: 'report',
          subjectId: randomUUID(),
          actorId: viewers[0],
          actorRoles: [Role.PANEL],
        },
        {
          action: 'report.view',
          subjectType: 'report',
          subjectId: report,
          actorId: viewers[1],
          actorRoles: [Role.PANEL],
        },
      ]);
      const got = await events({ subjectType: 'report', subjectId: report, action: 'report.view' });
      expect(got.map((e) => [e.seq, e.actorId, e.occurredAt])).toEqual([
        [mine[0].seq, viewers[0], mine[0].occurredAt.toISOString()],
        [mine[3].seq, viewers[1], mine[3].occurredAt.toISOString()],
      ]);
    });
  });

  describe('validation and access', () => {
    it('refuses a limit over 500, under 1 or not an integer, with a clear message', async () => {
      const over = await browse({ limit: 501 });
      expect(over.status).toBe(400);
      expect(over.body.message).toBe('limit must be at most 500');
      expect((await browse({ limit: 0 })).body.message).toBe('limit must be at least 1');
      expect((await browse({ limit: 'ten' })).body.message).toMatch(/limit must be an integer/);
      expect((await browse({ limit: 2.5 })).status).toBe(400);
      const max = await browse({ limit: 500 });
      expect(max.status).toBe(200);
    });

    it('refuses an unknown query parameter', async () => {
      const res = await browse({ action: 'x', sort: 'desc' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'property sort should not exist',
        requestId: expect.any(String),
      });
    });

    it('refuses malformed filters and cursors', async () => {
      const cases: [Record<string, string>, RegExp][] = [
        [{ actorId: 'not-a-uuid' }, /actorId must be a UUID/],
        [{ outcome: 'MAYBE' }, /outcome must be one of ALLOWED, DENIED, FAILED/],
        [{ from: 'yesterday' }, /from must be an ISO-8601 timestamp/],
        [{ to: '2026-02-30T00:00:00Z' }, /to must be an ISO-8601 timestamp/],
        [
          { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
          /from must be earlier than to/,
        ],
        [{ cursor: 'abc!' }, /cursor is not a cursor/],
        [{ cursor: Buffer.from('seq:0').toString('base64url') }, /cursor is not a cursor/],
        [{ cursor: Buffer.from('seq:12x').toString('base64url') }, /cursor is not a cursor/],
        [{ cursor: Buffer.from('12').toString('base64url') }, /cursor is not a cursor/],
        [{ cursor: `${Buffer.from('seq:5').toString('base64url')}==` }, /cursor is not a cursor/],
      ];
      for (const [query, message] of cases) {
        const res = await browse(query);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect(res.body.message).toMatch(message);
      }
      const repeated = await t.http().get('/api/audit?action=a&action=b').set(auditor.auth);
      expect(repeated.status).toBe(400);
    });

    it('is for auditors only: PANEL and SEARCHER get 403, no token 401', async () => {
      expect((await browse({}, panel)).status).toBe(403);
      expect((await browse({}, searcher)).status).toBe(403);
      expect((await t.http().get('/api/audit')).status).toBe(401);
    });
  });

  describe('cursor pagination', () => {
    it('pages through with limit 7 while matching events keep arriving: no duplicates, no gaps, in order', async () => {
      const tag = `test.page.${randomUUID()}`;
      let n = 0;
      const matching = () =>
        audit.record({ action: tag, subjectType: 'test', subjectId: String(n++) });
      const other = () => audit.record({ action: `${tag}.noise`, subjectType: 'test' });
      // 30 matching events interleaved with noise, written concurrently.
      await Promise.all(Array.from({ length: 45 }, (_, i) => (i % 3 === 2 ? other() : matching())));
      await auditSettled(t);
      const before: number[] = (
        await t.db.query(`SELECT seq::int FROM audit_events WHERE action = $1 ORDER BY seq`, [tag])
      ).map((r: { seq: number }) => r.seq);
      expect(before).toHaveLength(30);

      const pages: EventJson[][] = [];
      let cursor: string | null = null;
      for (let page = 0; ; page++) {
        // What was written before this page is chained; what races it may or may not be yet.
        await auditSettled(t);
        const writing = page < 6;
        // Appends racing the page request itself, and more between requests.
        const racing = writing
          ? Promise.all([matching(), other(), matching()])
          : Promise.resolve([]);
        const res = await browse({ action: tag, limit: 7, ...(cursor ? { cursor } : {}) });
        await racing;
        expect(res.status).toBe(200);
        pages.push(res.body.events);
        if (writing) await Promise.all([matching(), other()]);
        cursor = res.body.nextCursor;
        if (cursor === null) break;
        expect(typeof cursor).toBe('string');
        expect(res.body.events).toHaveLength(7);
        expect(page).toBeLessThan(50);
      }

      const got = pages.flat().map((e) => e.seq);
      expect(pages.every((p) => p.length <= 7)).toBe(true);
      expect(pages.flat().every((e) => e.action === tag)).toBe(true);
      // Strictly increasing: in order and no duplicates.
      expect(got.every((seq, i) => i === 0 || seq > got[i - 1])).toBe(true);
      expect(new Set(got).size).toBe(got.length);
      // Nothing that existed before the first page was missed...
      expect(before.filter((s) => !got.includes(s))).toEqual([]);
      expect(got.slice(0, before.length)).toEqual(before);
      // ...and nothing appended during paging was skipped either: it is exactly the log now.
      const after: number[] = (
        await t.db.query(`SELECT seq::int FROM audit_events WHERE action = $1 ORDER BY seq`, [tag])
      ).map((r: { seq: number }) => r.seq);
      expect(after.length).toBe(30 + 6 * 3);
      expect(got).toEqual(after);
    });

    it('gives no cursor when the page is the last, and an opaque cursor otherwise', async () => {
      const tag = `test.page.${randomUUID()}`;
      await seed(Array.from({ length: 3 }, () => ({ action: tag, subjectType: 'test' })));
      const exact = await browse({ action: tag, limit: 3 });
      expect(exact.body.events).toHaveLength(3);
      expect(exact.body.nextCursor).toBeNull();
      const first = await browse({ action: tag, limit: 2 });
      expect(first.body.nextCursor).toEqual(expect.stringMatching(/^[A-Za-z0-9_-]+$/));
      const second = await browse({ action: tag, limit: 2, cursor: first.body.nextCursor });
      expect(second.body.events).toHaveLength(1);
      expect(second.body.nextCursor).toBeNull();
      expect(second.body.events[0].seq).toBeGreaterThan(first.body.events[1].seq);
    });

    it('defaults to 100 events a page', async () => {
      await auditSettled(t);
      const res = await browse({});
      expect(res.status).toBe(200);
      const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM audit_events`);
      expect(res.body.events).toHaveLength(Math.min(100, count));
      expect(res.body.events[0].seq).toBe(1);
    });
  });

  describe('verification runs', () => {
    it('the nightly job (through the BullMQ queue and its worker) records the result and the head hash', async () => {
      await auditSettled(t);
      const queue = t.app.get<Queue>(getQueueToken(QUEUES.AUDIT));
      const job = await queue.add('verify', {}, { attempts: 1 });
      const deadline = Date.now() + 10_000;
      let state = await job.getState();
      while (state !== 'completed' && state !== 'failed' && Date.now() < deadline) {
        await sleep(100);
        state = await job.getState();
      }
      const done = await queue.getJob(job.id!);
      expect({ state, failedReason: done?.failedReason }).toEqual({
        state: 'completed',
        failedReason: undefined,
      });

      await auditSettled(t);
      const [head] = await t.db.query(
        `SELECT seq::int, hash FROM audit_events ORDER BY seq DESC LIMIT 1`,
      );
      const rows = await t.db.query(
        `SELECT intact, count, head_seq::int, head_hash, tampering FROM audit_verifications WHERE trigger = 'NIGHTLY'`,
      );
      expect(rows).toEqual([
        {
          intact: true,
          count: head.seq,
          head_seq: head.seq,
          head_hash: head.hash,
          tampering: null,
        },
      ]);
      expect(done?.returnvalue).toMatchObject({ intact: true, headHash: head.hash });
    });

    it('truncation is caught by comparing against the recorded head', async () => {
      const verifier = t.get(AuditVerificationService);
      await auditSettled(t);
      const recorded = await verifier.verifyAndRecord('MANUAL');
      expect(recorded).toMatchObject({ intact: true, tampering: null });
      expect(recorded.count).toBeGreaterThan(10);

      await t.db.transaction(async (m) => {
        await m.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
        await m.query('DROP TABLE IF EXISTS audit_cut');
        await m.query(
          'CREATE TABLE audit_cut AS SELECT * FROM audit_events ORDER BY seq DESC LIMIT 3',
        );
        await m.query('DELETE FROM audit_events WHERE seq IN (SELECT seq FROM audit_cut)');
        await m.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
      });
      try {
        const res = await t.http().get('/api/audit/verify').set(auditor.auth);
        expect(res.status).toBe(200);
        // The chain that is left is consistent: only the recorded head shows the cut.
        expect(res.body).toMatchObject({
          intact: true,
          count: recorded.count - 3,
          headSeq: recorded.headSeq - 3,
        });
        expect(res.body.tampering).toMatch(/head went backwards/);
        expect(res.body.tampering).toMatch(/count shrank/);
        expect(res.body.comparedWith).toMatchObject({
          count: recorded.count,
          headSeq: recorded.headSeq,
          headHash: recorded.headHash,
        });

        const history = await t.http().get('/api/audit/verifications').set(auditor.auth);
        expect(history.status).toBe(200);
        expect(
          history.body.map((v: { trigger: string; headHash: string; headSeq: number }) => [
            v.trigger,
            v.headHash,
            v.headSeq,
          ]),
        ).toEqual([
          // The verification run through the API is recorded too, with what it found.
          ['MANUAL', res.body.headHash, recorded.headSeq - 3],
          ['MANUAL', recorded.headHash, recorded.headSeq],
          ['NIGHTLY', expect.stringMatching(/^[0-9a-f]{64}$/), expect.any(Number)],
        ]);
        expect(history.body[0].id).toBe(res.body.runId);
        expect(history.body[0].tampering).toMatch(/head went backwards/);
      } finally {
        await t.db.query('INSERT INTO audit_events SELECT * FROM audit_cut ORDER BY seq');
        await t.db.query('DROP TABLE audit_cut');
      }
      // Put back, the log agrees with the recorded head again.
      expect(await verifier.verify()).toMatchObject({
        intact: true,
        headHash: recorded.headHash,
        tampering: null,
      });
    });
  });
});
