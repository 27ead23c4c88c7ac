import { AuditVerificationService } from '../../src/audit/audit-verification.service';
import { AuditService } from '../../src/audit/audit.service';
import { chainHash } from '../../src/audit/hash-chain';
import { Role } from '../../src/auth/role.enum';
import { auditSettled } from '../support/audit';
import { startTestApp, TestApp } from '../support/test-app';

describe('the tamper-evident audit log', () => {
  let t: TestApp;
  let audit: AuditService;
  let verifier: AuditVerificationService;

  beforeAll(async () => {
    t = await startTestApp();
    audit = t.get(AuditService);
    verifier = t.get(AuditVerificationService);
  });
  afterAll(() => t.close());

  /** Runs SQL with the append-only trigger disabled, as a superuser could. */
  async function asSuperuser(sql: string, params: unknown[] = []): Promise<void> {
    await t.db.transaction(async (m) => {
      await m.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
      await m.query(sql, params);
      await m.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
    });
  }

  /** Each tamper test works on a copy of the table's rows and puts them back afterwards. */
  async function withTamper(fn: () => Promise<void>): Promise<void> {
    await auditSettled(t);
    await t.db.transaction(async (m) => {
      await m.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
      await m.query('DROP TABLE IF EXISTS audit_backup');
      await m.query('CREATE TABLE audit_backup AS SELECT * FROM audit_events');
      await m.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
    });
    try {
      await fn();
    } finally {
      await asSuperuser(
        'DELETE FROM audit_events; INSERT INTO audit_events SELECT * FROM audit_backup; DROP TABLE audit_backup',
      );
    }
  }

  it('keeps one unbroken chain under 50 concurrent writers: no forks, no gaps', async () => {
    await auditSettled(t);
    const before = (await verifier.verify()).count;
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        audit.record({
          action: 'test.concurrent',
          subjectType: 'test',
          subjectId: String(i),
          details: { i },
        }),
      ),
    );
    await auditSettled(t);
    const result = await verifier.verify();
    expect(result).toMatchObject({ intact: true, count: before + 50, pending: 0 });
    const [{ max, count }] = await t.db.query(
      'SELECT max(seq)::int AS max, count(*)::int AS count FROM audit_events',
    );
    expect(max).toBe(count);
    const forks = await t.db.query(
      'SELECT prev_hash FROM audit_events GROUP BY prev_hash HAVING count(*) > 1',
    );
    expect(forks).toEqual([]);
  });

  it('writes the event in the same transaction as the change: a rollback keeps neither', async () => {
    await auditSettled(t);
    const before = (await verifier.verify()).count;
    await expect(
      t.db.transaction(async (m) => {
        await audit.append(m, { action: 'test.rollback', subjectType: 'test' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await auditSettled(t);
    expect((await verifier.verify()).count).toBe(before);
    expect(await t.db.query(`SELECT id FROM audit_intake WHERE action = 'test.rollback'`)).toEqual(
      [],
    );
  });

  it('refuses to keep raw content or secrets in details', async () => {
    await expect(
      audit.record({ action: 'x', subjectType: 'y', details: { password: 'p' } }),
    ).rejects.toThrow(/must not carry/);
  });

  it('blocks UPDATE, DELETE and TRUNCATE with a trigger', async () => {
    await expect(
      t.db.query(`UPDATE audit_events SET action = 'forged' WHERE seq = 1`),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
  });

  describe('with the trigger disabled, verify names the first broken event', () => {
    beforeAll(async () => {
      for (let i = 0; i < 10; i++)
        await audit.record({
          action: 'test.fill',
          subjectType: 'test',
          subjectId: String(i),
          details: { n: i, nested: { b: 1, a: [1, 2] } },
        });
      await auditSettled(t);
      expect((await verifier.verify()).intact).toBe(true);
    });

    const fields: [string, string][] = [
      ['occurred_at', `occurred_at = occurred_at + interval '1 second'`],
      ['actor_id', `actor_id = '00000000-0000-4000-8000-000000000001'`],
      ['actor_roles', `actor_roles = ARRAY['ADMIN']`],
      ['action', `action = 'forged'`],
      ['subject_type', `subject_type = 'forged'`],
      ['subject_id', `subject_id = 'forged'`],
      ['outcome', `outcome = 'DENIED'`],
      ['details', `details = '{"n": 999}'`],
      ['request_id', `request_id = 'forged'`],
      ['client_ip', `client_ip = '10.0.0.1'`],
      ['prev_hash', `prev_hash = repeat('a', 64)`],
      ['hash', `hash = repeat('b', 64)`],
    ];

    it.each(fields)('changing %s of one event', async (_field, set) => {
      await withTamper(async () => {
        const [{ seq }] = await t.db.query(
          `SELECT seq::int FROM audit_events WHERE action = 'test.fill' ORDER BY seq LIMIT 1 OFFSET 4`,
        );
        await asSuperuser(`UPDATE audit_events SET ${set} WHERE seq = $1`, [seq]);
        const result = await verifier.verify();
        expect(result.intact).toBe(false);
        // Changing an event's own hash shows at that event (its hash no longer matches its content).
        expect(result.brokenAtSeq).toBe(seq);
      });
    });

    it('deleting an event', async () => {
      await withTamper(async () => {
        const [{ seq }] = await t.db.query(
          `SELECT seq::int FROM audit_events WHERE action = 'test.fill' ORDER BY seq LIMIT 1 OFFSET 3`,
        );
        await asSuperuser(`DELETE FROM audit_events WHERE seq = $1`, [seq]);
        expect(await verifier.verify()).toMatchObject({
          intact: false,
          brokenAtSeq: seq,
          reason: 'GAP',
        });
      });
    });

    it('reordering two events', async () => {
      await withTamper(async () => {
        const [{ seq }] = await t.db.query(
          `SELECT seq::int FROM audit_events WHERE action = 'test.fill' ORDER BY seq LIMIT 1 OFFSET 5`,
        );
        const cols = [
          'occurred_at',
          'actor_id',
          'actor_roles',
          'action',
          'subject_type',
          'subject_id',
          'outcome',
          'details',
          'request_id',
          'client_ip',
          'prev_hash',
          'hash',
        ];
        await asSuperuser(
          `ALTER TABLE audit_events DROP CONSTRAINT audit_events_prev_hash_key, DROP CONSTRAINT audit_events_hash_key;
           UPDATE audit_events a SET ${cols.map((c) => `${c} = b.${c}`).join(', ')}
             FROM audit_events b WHERE (a.seq = ${seq} AND b.seq = ${seq + 1}) OR (a.seq = ${seq + 1} AND b.seq = ${seq});`,
        );
        expect(await verifier.verify()).toMatchObject({ intact: false, brokenAtSeq: seq });
        await asSuperuser(`DELETE FROM audit_events`);
        await t.db.query(
          `ALTER TABLE audit_events ADD CONSTRAINT audit_events_prev_hash_key UNIQUE (prev_hash), ADD CONSTRAINT audit_events_hash_key UNIQUE (hash)`,
        );
      });
    });

    it('inserting a forged event', async () => {
      await withTamper(async () => {
        const [{ seq }] = await t.db.query(
          `SELECT seq::int FROM audit_events WHERE action = 'test.fill' ORDER BY seq LIMIT 1 OFFSET 6`,
        );
        // Make room by shifting the later events up one, then slot a forgery in at `seq`,
        // linked to its predecessor and hashed with the real algorithm.
        const [prev] = await t.db.query(`SELECT hash FROM audit_events WHERE seq = $1`, [seq - 1]);
        const forged = {
          seq,
          occurredAt: new Date(),
          actorId: null,
          actorRoles: [Role.ADMIN],
          action: 'user.update',
          subjectType: 'user',
          subjectId: 'victim',
          outcome: 'ALLOWED',
          details: {},
          requestId: null,
          clientIp: null,
        };
        const hash = chainHash(prev.hash, forged);
        await asSuperuser(
          `ALTER TABLE audit_events DROP CONSTRAINT audit_events_pkey;
           UPDATE audit_events SET seq = seq + 1 WHERE seq >= ${seq};
           ALTER TABLE audit_events ADD PRIMARY KEY (seq);
           ALTER TABLE audit_events DROP CONSTRAINT audit_events_prev_hash_key;`,
        );
        await asSuperuser(
          `INSERT INTO audit_events (seq, occurred_at, actor_id, actor_roles, action, subject_type, subject_id, outcome, details, request_id, client_ip, prev_hash, hash)
           VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, '{}', NULL, NULL, $8, $9)`,
          [
            seq,
            forged.occurredAt,
            forged.actorRoles,
            forged.action,
            forged.subjectType,
            forged.subjectId,
            forged.outcome,
            prev.hash,
            hash,
          ],
        );
        const result = await verifier.verify();
        // The forgery links to its predecessor, so the break shows where the real successor
        // no longer links to it: the event right after the forgery.
        expect(result).toMatchObject({
          intact: false,
          brokenAtSeq: seq + 1,
          reason: 'PREV_HASH_MISMATCH',
        });
        await asSuperuser(
          `DELETE FROM audit_events WHERE seq = ${seq};
           ALTER TABLE audit_events DROP CONSTRAINT audit_events_pkey;
           UPDATE audit_events SET seq = seq - 1 WHERE seq > ${seq};
           ALTER TABLE audit_events ADD PRIMARY KEY (seq);
           ALTER TABLE audit_events ADD CONSTRAINT audit_events_prev_hash_key UNIQUE (prev_hash);`,
        );
      });
    });

    it('inserting a forged event with a made-up hash is caught at the forgery itself', async () => {
      await withTamper(async () => {
        const [{ max }] = await t.db.query(`SELECT max(seq)::int AS max FROM audit_events`);
        const [head] = await t.db.query(`SELECT hash FROM audit_events WHERE seq = $1`, [max]);
        await asSuperuser(
          `INSERT INTO audit_events (seq, occurred_at, action, subject_type, outcome, prev_hash, hash)
           VALUES ($1, now(), 'user.update', 'user', 'ALLOWED', $2, repeat('c', 64))`,
          [max + 1, head.hash],
        );
        expect(await verifier.verify()).toMatchObject({
          intact: false,
          brokenAtSeq: max + 1,
          reason: 'HASH_MISMATCH',
        });
      });
    });

    it('is intact again once every tamper is undone', async () => {
      expect((await verifier.verify()).intact).toBe(true);
    });
  });
});
