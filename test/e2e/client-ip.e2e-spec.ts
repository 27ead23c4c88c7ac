import { Role } from '../../src/auth/role.enum';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { auditSettled } from '../support/audit';

const FORGED = "' OR 1=1 --<script>";

/** Defect 11: X-Forwarded-For counts only from a proxy TRUST_PROXY names; only IPs are stored. */
describe('defect 11: client address and TRUST_PROXY', () => {
  async function lastLoginIp(t: TestApp, user: TestUser): Promise<string | null> {
    await auditSettled(t);
    const [row] = await t.db.query(
      `SELECT client_ip FROM audit_events WHERE action = 'auth.login' AND subject_id = $1 ORDER BY seq DESC LIMIT 1`,
      [user.id],
    );
    return (row as { client_ip: string | null }).client_ip;
  }

  describe('TRUST_PROXY off (the default)', () => {
    let t: TestApp;
    let u: TestUser;
    beforeAll(async () => {
      t = await startTestApp({ LOGIN_RATE_LIMIT: '6' });
      u = await t.user([Role.SEARCHER]); // sign-in 1 of 6 this minute
    });
    afterAll(() => t.close());

    it('stores the socket address, not a forged header, in the audit log', async () => {
      await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', FORGED)
        .send({ email: u.email, password: 'correct horse battery staple' })
        .expect(200); // sign-in 2
      expect(await lastLoginIp(t, u)).toBe('127.0.0.1');
    });

    it('ignores X-Forwarded-For: rotating it does not dodge the sign-in limit', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await t
          .http()
          .post('/api/auth/login')
          .set('X-Forwarded-For', `203.0.113.${i + 1}`)
          .send({ email: 'nobody@example.test', password: 'not a password at all' });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    });
  });

  describe('TRUST_PROXY=loopback (behind a local reverse proxy)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ TRUST_PROXY: 'loopback' });
    });
    afterAll(() => t.close());

    it('uses a valid forwarded address and stores garbage as null', async () => {
      const u = await t.user([Role.AUDITOR]);
      await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', '203.0.113.9')
        .send({ email: u.email, password: 'correct horse battery staple' })
        .expect(200);
      expect(await lastLoginIp(t, u)).toBe('203.0.113.9');

      await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', '2001:DB8:0:0::7')
        .send({ email: u.email, password: 'correct horse battery staple' })
        .expect(200);
      expect(await lastLoginIp(t, u)).toBe('2001:db8::7');

      await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', FORGED)
        .send({ email: u.email, password: 'correct horse battery staple' })
        .expect(200);
      expect(await lastLoginIp(t, u)).toBeNull();
      await auditSettled(t);
      const stored = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE client_ip LIKE '%OR 1=1%'`,
      );
      expect(stored[0].n).toBe(0);
    });
  });
});
