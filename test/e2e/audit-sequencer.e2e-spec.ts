import { DataSource, QueryRunner } from 'typeorm';
import { AuditSequencer } from '../../src/audit/audit-sequencer.service';
import { AuditVerificationService } from '../../src/audit/audit-verification.service';
import { AuditService } from '../../src/audit/audit.service';
import { Role } from '../../src/auth/role.enum';
import { auditSettled } from '../support/audit';
import { startTestApp, TestApp, TestUser } from '../support/test-app';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The chain is sequenced off the request path: events wait in the intake until the sequencer
 * chains them. This app's timer is slow (a minute), so each test decides when sequencing runs.
 */
describe('the audit sequencer', () => {
  let t: TestApp;
  let audit: AuditService;
  let sequencer: AuditSequencer;
  let verifier: AuditVerificationService;
  let auditor: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ AUDIT_SEQUENCE_INTERVAL_MS: '60000' });
    audit = t.get(AuditService);
    sequencer = t.get(AuditSequencer);
    verifier = t.get(AuditVerificationService);
    auditor = await t.user([Role.AUDITOR]);
    await auditSettled(t);
  });
  afterAll(() => t.close());

  async function openTransaction(): Promise<QueryRunner> {
    const qr = t.db.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    return qr;
  }

  const seqOf = async (action: string): Promise<number> => {
    const [row] = await t.db.query<{ seq: number }[]>(
      `SELECT seq::int FROM audit_events WHERE action = $1`,
      [action],
    );
    return row.seq;
  };

  it('shows waiting events as pending in verify and browse, then chains them', async () => {
    const tag = `test.pending.${Date.now()}`;
    await audit.record({ action: tag, subjectType: 'test', subjectId: 'a' });
    await audit.record({ action: tag, subjectType: 'test', subjectId: 'b' });
    await audit.record({ action: `${tag}.other`, subjectType: 'test' });

    const verify = await t.http().get('/api/audit/verify').set(auditor.auth).expect(200);
    expect(verify.body).toMatchObject({ intact: true, pending: 3 });
    expect(new Date(verify.body.oldestPendingAt).getTime()).toBeLessThanOrEqual(Date.now());
    const waiting = await t.http().get('/api/audit').query({ action: tag }).set(auditor.auth);
    expect(waiting.body).toEqual({ events: [], nextCursor: null, pending: 2 });

    await auditSettled(t);
    const chained = await t.http().get('/api/audit').query({ action: tag }).set(auditor.auth);
    expect(chained.body.pending).toBe(0);
    expect(chained.body.events.map((e: { subjectId: string }) => e.subjectId)).toEqual(['a', 'b']);
    expect(await t.http().get('/api/audit/verify').set(auditor.auth).expect(200)).toMatchObject({
      body: { intact: true, pending: 0, oldestPendingAt: null },
    });
  });

  it('chains in commit order: an event written first but committed after a lock wait comes later', async () => {
    const [{ id: lockId }] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM users WHERE id = $1`,
      [auditor.id],
    );
    const first = await openTransaction(); // takes the row lock, writes its event later
    const second = await openTransaction(); // writes its event first, then waits on the lock
    try {
      await first.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [lockId]);
      await audit.append(second.manager, { action: 'test.order.second', subjectType: 'test' });
      const waiting = second.query(`SELECT 1 FROM users WHERE id = $1 FOR UPDATE`, [lockId]);
      await sleep(100);
      await audit.append(first.manager, { action: 'test.order.first', subjectType: 'test' });
      await first.commitTransaction();
      await waiting;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    const ids = await t.db.query<{ action: string }[]>(
      `SELECT action FROM audit_intake WHERE action LIKE 'test.order.%' ORDER BY id`,
    );
    expect(ids.map((r) => r.action)).toEqual(['test.order.second', 'test.order.first']);
    await auditSettled(t);
    expect(await seqOf('test.order.first')).toBeLessThan(await seqOf('test.order.second'));
    expect(await verifier.verify()).toMatchObject({ intact: true, pending: 0 });
  });

  it('never skips an event whose transaction commits after later ones were chained', async () => {
    const slow = await openTransaction();
    try {
      await audit.append(slow.manager, { action: 'test.slow', subjectType: 'test' });
      await audit.record({ action: 'test.fast', subjectType: 'test' });
      await auditSettled(t); // chains the fast one; the slow one is not committed yet
      expect((await sequencer.pending()).pending).toBe(0);
      const fast = await seqOf('test.fast');
      await slow.commitTransaction();
      expect((await sequencer.pending()).pending).toBe(1);
      await auditSettled(t);
      expect(await seqOf('test.slow')).toBe(fast + 1);
    } finally {
      await slow.release();
    }
    const [{ max, count }] = await t.db.query(
      'SELECT max(seq)::int AS max, count(*)::int AS count FROM audit_events',
    );
    expect(max).toBe(count);
    expect((await verifier.verify()).intact).toBe(true);
  });

  it('two processes sequencing at once still make one chain (they take turns on the lock)', async () => {
    // A second connection pool on the same database stands in for a second worker process.
    const other = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, poolSize: 5 });
    await other.initialize();
    try {
      const second = new AuditSequencer(other);
      const writers = Array.from({ length: 60 }, (_, i) =>
        audit.record({ action: 'test.two-sequencers', subjectType: 'test', details: { i } }),
      );
      const sequencing = Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? sequencer : second).sequenceBatch(true),
      );
      await Promise.all([...writers, ...sequencing]);
      await Promise.all([sequencer.settle(), second.settle()]);
    } finally {
      await other.destroy();
    }
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'test.two-sequencers'`,
    );
    expect(n).toBe(60);
    expect(
      await t.db.query('SELECT prev_hash FROM audit_events GROUP BY prev_hash HAVING count(*) > 1'),
    ).toEqual([]);
    expect(await verifier.verify()).toMatchObject({ intact: true, pending: 0 });
  });

  it('keeps the intake append-only: no UPDATE, no TRUNCATE, no DELETE of an event not yet chained', async () => {
    await audit.record({ action: 'test.guard', subjectType: 'test' });
    const [{ id }] = await t.db.query<{ id: string }[]>(
      `SELECT id FROM audit_intake WHERE action = 'test.guard'`,
    );
    await expect(
      t.db.query(`UPDATE audit_intake SET action = 'forged' WHERE id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_intake WHERE id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`TRUNCATE audit_intake`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE audit_intake_commits`)).rejects.toThrow(/not allowed/);
    await expect(t.db.query(`DELETE FROM audit_intake_commits`)).rejects.toThrow(/not allowed/);
    // A forged "chained" copy with different content does not let the original go either.
    await expect(
      t.db.transaction(async (m) => {
        const [head] = await m.query(
          `SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1`,
        );
        await m.query(
          `INSERT INTO audit_events (seq, occurred_at, action, subject_type, outcome, prev_hash, hash, intake_id)
           SELECT $1, occurred_at, 'forged', subject_type, outcome, $2, repeat('d', 64), id
             FROM audit_intake WHERE id = $3`,
          [Number(head.seq) + 1, head.hash, id],
        );
        await m.query(`DELETE FROM audit_intake WHERE id = $1`, [id]);
      }),
    ).rejects.toThrow(/append-only/);
    await auditSettled(t);
    expect(await t.db.query(`SELECT id FROM audit_intake`)).toEqual([]);
    expect(await seqOf('test.guard')).toBeGreaterThan(0);
  });

  it('does not sequence in an api-only process', async () => {
    const api = await startTestApp({ APP_ROLE: 'api', AUDIT_SEQUENCE_INTERVAL_MS: '10' });
    try {
      await api.get(AuditService).record({ action: 'test.api-only', subjectType: 'test' });
      await sleep(300);
      expect((await api.get(AuditSequencer).pending()).pending).toBeGreaterThanOrEqual(1);
      await auditSettled(api);
      expect((await api.get(AuditSequencer).pending()).pending).toBe(0);
    } finally {
      await api.close();
    }
  });
});
