import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { AuthFailureLog } from '../../src/auth/auth-failure-log.service';
import { Role } from '../../src/auth/role.enum';
import { RedisProxy } from '../support/tcp-proxy';
import { startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';
import { auditQuery, auditSettled } from '../support/audit';

interface Refusal {
  subject_type: string;
  subject_id: string | null;
  outcome: string;
  client_ip: string | null;
  details: { reason: string; route: string };
}

/**
 * Defect 9: refused tokens are authentication events (ASVS 16.3.1). The app trusts loopback as a
 * proxy here only so each test can speak from an address of its own (X-Forwarded-For).
 */
describe('defect 9: refused tokens are written to the audit log, rate-limited per address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback', AUTH_FAILURE_LOG_WINDOW_SECONDS: '3600' });
  });
  afterAll(() => t.close());

  const refusals = (ip: string): Promise<Refusal[]> =>
    auditQuery(
      t,
      `SELECT subject_type, subject_id, outcome, client_ip, details FROM audit_events
        WHERE action = 'auth.token_refused' AND client_ip = $1 ORDER BY seq`,
      [ip],
    );

  it('records forged, expired, revoked, deactivated and malformed tokens, each with its reason', async () => {
    const ip = '198.51.100.7';
    const admin = await t.user([Role.ADMIN]);
    const jwt = t.get(JwtService);
    const call = (authorization: string) =>
      t.http().get('/api/users').set('X-Forwarded-For', ip).set('Authorization', authorization);

    const forged = await new JwtService({ secret: 'x'.repeat(40) }).signAsync({
      sub: admin.id,
      tv: 0,
    });
    expect((await call(`Bearer ${forged}`)).status).toBe(401);

    const expired = await jwt.signAsync({ sub: admin.id, tv: 0 }, { expiresIn: 1 });
    await new Promise((r) => setTimeout(r, 1100));
    expect((await call(`Bearer ${expired}`)).status).toBe(401);

    const revoked = await t.user([Role.SEARCHER]);
    await t
      .http()
      .patch(`/api/users/${revoked.id}`)
      .set(admin.auth)
      .send({ roles: [Role.AUDITOR] })
      .expect(200);
    expect((await call(revoked.auth.Authorization)).status).toBe(401);

    const gone = await t.user([Role.PANEL]);
    await t
      .http()
      .patch(`/api/users/${gone.id}`)
      .set(admin.auth)
      .send({ active: false })
      .expect(200);
    expect((await call(gone.auth.Authorization)).status).toBe(401);
    expect((await call('Bearer not-a-jwt')).status).toBe(401);

    const events = await refusals(ip);
    expect(events.map((e) => e.details.reason)).toEqual([
      'forged signature',
      'expired',
      'revoked',
      'deactivated',
      'malformed',
    ]);
    expect(
      events.every((e) => e.outcome === 'DENIED' && e.details.route === 'GET /api/users'),
    ).toBe(true);
    expect(events[2]).toMatchObject({ subject_type: 'user', subject_id: revoked.id });
    expect(events[0]).toMatchObject({ subject_type: 'token', subject_id: null });
    // No token material in the log.
    expect(JSON.stringify(events)).not.toContain(forged.split('.')[2]);
  });

  it('writes no event for a request that presents no token at all', async () => {
    const ip = '198.51.100.8';
    await t.http().get('/api/users').set('X-Forwarded-For', ip).expect(401);
    expect(await refusals(ip)).toEqual([]);
  });

  it('a flood of 100 bad tokens from one address leaves 5 events and one summary with the count', async () => {
    const ip = '203.0.113.50';
    const other = '203.0.113.51';
    const forged = await new JwtService({ secret: 'y'.repeat(40) }).signAsync({
      sub: randomUUID(),
      tv: 0,
    });
    for (let i = 0; i < 100; i++) {
      await t
        .http()
        .get('/api/processes')
        .set('X-Forwarded-For', ip)
        .set('Authorization', `Bearer ${forged}`)
        .expect(401);
    }
    // Another address has a budget of its own.
    await t
      .http()
      .get('/api/processes')
      .set('X-Forwarded-For', other)
      .set('Authorization', 'Bearer forged.x.token')
      .expect(401);
    expect(await refusals(ip)).toHaveLength(5);
    expect(await refusals(other)).toHaveLength(1);

    // End the window (instead of waiting an hour): the summary is written once, however many
    // processes flush.
    const log = t.get(AuthFailureLog);
    const later = Date.now() + 3600_000;
    await Promise.all([log.flushDue(later), log.flushDue(later)]);
    await log.flushDue(later);
    await auditSettled(t);
    const summaries = await t.db.query(
      `SELECT subject_id, client_ip, outcome, details FROM audit_events
        WHERE action = 'auth.token_refused_summary' ORDER BY seq`,
    );
    expect(summaries).toEqual([
      {
        subject_id: ip,
        client_ip: ip,
        outcome: 'DENIED',
        details: expect.objectContaining({
          refused: 100,
          logged: 5,
          suppressed: 95,
          reasons: { 'forged signature': 100 },
        }),
      },
    ]);
  });
});

describe('defect 9, with Redis down: refused tokens are still capped, per process', () => {
  let t: TestApp;
  let proxy: RedisProxy;
  beforeAll(async () => {
    proxy = await new RedisProxy().start();
    t = await startTestApp({ REDIS_URL: proxy.url, AUTH_FAILURE_LOG_WINDOW_SECONDS: '3600' });
  });
  afterAll(async () => {
    proxy.up(); // the queues must reach Redis to shut down cleanly
    await t.close();
    await proxy.stop();
  });

  it('writes at most the limit of events, and still answers 401 to each', async () => {
    proxy.down();
    for (let i = 0; i < 20; i++) {
      await t.http().get('/api/users').set('Authorization', 'Bearer nonsense').expect(401);
    }
    await auditSettled(t);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.token_refused'`,
    );
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(5);

    // Redis back: the app recovers (and its queues reconnect before the app is closed).
    proxy.up();
    await waitFor(
      async () => (await t.http().get('/health/ready')).status === 200,
      30_000,
      'readiness after Redis is back',
    );
    await new Promise((r) => setTimeout(r, 2500)); // ioredis reconnects within 2 s
  });
});
