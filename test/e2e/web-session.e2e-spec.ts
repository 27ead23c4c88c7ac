import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../../src/auth/role.enum';
import { startTestApp, TEST_PASSWORD, TestApp, TestUser } from '../support/test-app';
import { auditSettled } from '../support/audit';

/** Signs in through the browser route; returns the Cookie header value and the raw Set-Cookie. */
async function signIn(t: TestApp, user: TestUser) {
  const res = await t
    .http()
    .post('/api/auth/session')
    .send({ email: user.email, password: TEST_PASSWORD });
  expect(res.status).toBe(200);
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const session = setCookie.find((c) => c.startsWith('cybervet_session='));
  expect(session).toBeDefined();
  return { cookie: session!.split(';')[0], setCookie: session!, body: res.body };
}

describe('browser sessions: HttpOnly cookie, CSRF header, idle lock, sign-out', () => {
  let t: TestApp;
  let admin: TestUser;
  const CSRF = { 'X-Requested-With': 'cybervet' };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.user([Role.ADMIN], 'Ada Admin');
  });
  afterAll(() => t.close());

  it('signs in with an HttpOnly, SameSite=Strict cookie and no token in the body', async () => {
    const before = Date.now();
    const { cookie, setCookie, body } = await signIn(t, admin);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/i); // NODE_ENV=test; production adds Secure
    expect(JSON.stringify(body)).not.toContain(cookie.split('=')[1]);
    expect(body.user).toEqual({
      id: admin.id,
      email: admin.email,
      name: 'Ada Admin',
      roles: [Role.ADMIN],
      mustChangePassword: false,
      mfaEnrolmentRequired: false,
      mfaEnrolled: false,
      authMethod: 'PASSWORD',
    });
    expect(body.idleTimeoutSeconds).toBe(1800);
    const expires = new Date(body.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 1800e3 - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 1800e3 + 1000);

    // The cookie alone authenticates reads, beside bearer tokens.
    const me = await t.http().get('/api/auth/me').set('Cookie', cookie);
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(admin.id);
    const users = await t.http().get('/api/users').set('Cookie', cookie);
    expect(users.status).toBe(200);
  });

  it('refuses a cookie write without the X-Requested-With header, and allows it with', async () => {
    const { cookie } = await signIn(t, admin);
    const refused = await t
      .http()
      .post('/api/processes')
      .set('Cookie', cookie)
      .send({ title: 'Cross-site attempt' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/^CSRF check failed/);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM hiring_processes WHERE title = 'Cross-site attempt'`,
    );
    expect(count).toBe(0);

    const allowed = await t
      .http()
      .post('/api/processes')
      .set('Cookie', cookie)
      .set(CSRF)
      .send({ title: 'Same-site write' });
    expect(allowed.status).toBe(201);
    // Bearer-token writes need no such header.
    await t
      .http()
      .post('/api/processes')
      .set(admin.auth)
      .send({ title: 'Bearer write' })
      .expect(201);
  });

  it('reports the session state without extending it; other requests and keepalive extend it', async () => {
    const { cookie } = await signIn(t, admin);
    const setActivity = (secondsAgo: number) =>
      t.db.query(
        `UPDATE sessions SET last_activity_at = now() - make_interval(secs => $2)
          WHERE user_id = $1 AND revoked_at IS NULL`,
        [admin.id, secondsAgo],
      );
    await setActivity(600);
    const peek = await t.http().get('/api/auth/session').set('Cookie', cookie);
    expect(peek.status).toBe(200);
    const idleAt = new Date(peek.body.idleExpiresAt).getTime();
    expect(Math.abs(idleAt - (Date.now() + 1200e3))).toBeLessThan(5000); // 30 - 10 minutes left
    const again = await t.http().get('/api/auth/session').set('Cookie', cookie);
    expect(again.body.idleExpiresAt).toBe(peek.body.idleExpiresAt);

    await t.http().get('/api/processes').set('Cookie', cookie).expect(200);
    const extended = await t.http().get('/api/auth/session').set('Cookie', cookie);
    expect(new Date(extended.body.idleExpiresAt).getTime()).toBeGreaterThan(Date.now() + 1790e3);

    await setActivity(600);
    const kept = await t.http().post('/api/auth/session/keepalive').set('Cookie', cookie).set(CSRF);
    expect(kept.status).toBe(200);
    expect(new Date(kept.body.idleExpiresAt).getTime()).toBeGreaterThan(Date.now() + 1790e3);
    // keepalive is a write: without the header it is refused.
    await t.http().post('/api/auth/session/keepalive').set('Cookie', cookie).expect(403);
  });

  it('locks a session idle for 30 minutes, and it stays locked', async () => {
    const { cookie } = await signIn(t, admin);
    await t.db.query(
      `UPDATE sessions SET last_activity_at = now() - interval '30 minutes 1 second'
        WHERE user_id = $1 AND revoked_at IS NULL`,
      [admin.id],
    );
    const locked = await t.http().get('/api/processes').set('Cookie', cookie);
    expect(locked.status).toBe(401);
    expect(locked.body.message).toBe('Session locked after 30 minutes of inactivity');
    const peek = await t.http().get('/api/auth/session').set('Cookie', cookie);
    expect(peek.status).toBe(401);
    expect(peek.body.message).toBe('Session locked after 30 minutes of inactivity');
    await auditSettled(t);
    const [event] = await t.db.query(
      `SELECT action, actor_id FROM audit_events WHERE action = 'auth.session.locked' ORDER BY seq DESC LIMIT 1`,
    );
    expect(event).toEqual({ action: 'auth.session.locked', actor_id: admin.id });
    // The bearer path is untouched by session state.
    await t.http().get('/api/processes').set(admin.auth).expect(200);
  });

  it('a session used within the last 30 minutes is still open', async () => {
    const { cookie } = await signIn(t, admin);
    await t.db.query(
      `UPDATE sessions SET last_activity_at = now() - interval '29 minutes'
        WHERE user_id = $1 AND revoked_at IS NULL`,
      [admin.id],
    );
    await t.http().get('/api/processes').set('Cookie', cookie).expect(200);
  });

  it('signing out revokes the session server-side and clears the cookie', async () => {
    const { cookie } = await signIn(t, admin);
    await t.http().delete('/api/auth/session').set('Cookie', cookie).expect(403);
    const out = await t.http().delete('/api/auth/session').set('Cookie', cookie).set(CSRF);
    expect(out.status).toBe(204);
    const cleared = ([] as string[]).concat(out.headers['set-cookie'] ?? []);
    expect(cleared.join('\n')).toMatch(/cybervet_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await t.http().get('/api/auth/me').set('Cookie', cookie);
    expect(after.status).toBe(401);
    expect(after.body.message).toMatch(/signed out/);
    await auditSettled(t);
    const [row] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.session.end' AND actor_id = $1`,
      [admin.id],
    );
    expect(row.n).toBe(1);
  });

  it('ends the session when the account is deactivated; refuses a wrong password', async () => {
    const u = await t.user([Role.AUDITOR]);
    const { cookie } = await signIn(t, u);
    await t.http().patch(`/api/users/${u.id}`).set(admin.auth).send({ active: false }).expect(200);
    const res = await t.http().get('/api/auth/me').set('Cookie', cookie);
    expect(res.status).toBe(401);
    const wrong = await t
      .http()
      .post('/api/auth/session')
      .send({ email: admin.email, password: 'wrong password' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('a forged or unknown cookie gets 401, and GET /api/auth/session with a bearer token gets 404', async () => {
    const forged = await t.http().get('/api/auth/me').set('Cookie', 'cybervet_session=forged');
    expect(forged.status).toBe(401);
    const bearer = await t.http().get('/api/auth/session').set(admin.auth);
    expect(bearer.status).toBe(404);
  });
});

describe('browser sessions in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Production brings its own signing key (the app refuses to start without one).
    const keyFile = join(mkdtempSync(join(tmpdir(), 'cybervet-key-')), 'signing-key.pem');
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    t = await startTestApp({ NODE_ENV: 'production', EXPORT_SIGNING_KEY: keyFile });
  });
  afterAll(async () => {
    await t.close();
    process.env.NODE_ENV = 'test';
  });

  it('marks the cookie Secure', async () => {
    const u = await t.user([Role.AUDITOR]);
    const { setCookie } = await signIn(t, u);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/HttpOnly/);
  });
});
