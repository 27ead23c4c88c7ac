import { Role } from '../../src/auth/role.enum';
import { startTestApp, TEST_PASSWORD, TestApp, TestUser } from '../support/test-app';
import { auditSettled } from '../support/audit';

const CSRF = { 'X-Requested-With': 'cybervet' };

async function signIn(t: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await t.http().post('/api/auth/session').send({ email, password });
  expect(res.status).toBe(200);
  const cookie = ([] as string[])
    .concat(res.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('cybervet_session='));
  expect(cookie).toBeDefined();
  return cookie!.split(';')[0];
}

describe('changing one’s password from the browser keeps that browser signed in', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.user([Role.ADMIN]);
  });
  afterAll(() => t.close());

  it('keeps the caller’s own session, ends the other sessions and every bearer token', async () => {
    const u = await t.user([Role.ADMIN]);
    const mine = await signIn(t, u.email);
    const otherBrowser = await signIn(t, u.email);

    const res = await t
      .http()
      .post('/api/auth/password')
      .set('Cookie', mine)
      .set(CSRF)
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'a fresh browser passphrase 7' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: u.id, mustChangePassword: false });
    // The browser keeps its HttpOnly cookie: no token in the body for a script to read.
    expect(res.body.accessToken).toBeUndefined();

    // The caller's browser goes on working, reads and writes.
    const session = await t.http().get('/api/auth/session').set('Cookie', mine);
    expect(session.status).toBe(200);
    expect(session.body.user.mustChangePassword).toBe(false);
    expect((await t.http().get('/api/users').set('Cookie', mine)).status).toBe(200);
    const write = await t
      .http()
      .post('/api/processes')
      .set('Cookie', mine)
      .set(CSRF)
      .send({ title: 'After the password change' });
    expect(write.status).toBe(201);

    // Every other credential is gone.
    const other = await t.http().get('/api/auth/me').set('Cookie', otherBrowser);
    expect(other.status).toBe(401);
    expect((await t.http().get('/api/auth/me').set(u.auth)).status).toBe(401);

    await auditSettled(t);
    const [event] = await t.db.query(
      `SELECT details FROM audit_events
        WHERE action = 'auth.password_change' AND subject_id = $1 AND outcome = 'ALLOWED'`,
      [u.id],
    );
    expect(event.details).toMatchObject({ otherTokensRevoked: true, keptSession: true });
  });

  it('a temporary password signed in from the browser: changing it opens the app in the same session', async () => {
    const u = await t.user([Role.SEARCHER]);
    const temporary = 'temporary pass for browser';
    expect(
      (
        await t
          .http()
          .post(`/api/users/${u.id}/temporary-password`)
          .set(admin.auth)
          .send({ password: temporary })
      ).status,
    ).toBe(200);
    const cookie = await signIn(t, u.email, temporary);
    const before = await t.http().get('/api/auth/session').set('Cookie', cookie);
    expect(before.body.user.mustChangePassword).toBe(true);
    expect((await t.http().get('/api/vettings').set('Cookie', cookie)).status).toBe(403);

    const res = await t
      .http()
      .post('/api/auth/password')
      .set('Cookie', cookie)
      .set(CSRF)
      .send({ currentPassword: temporary, newPassword: 'my own searcher passphrase' });
    expect(res.status).toBe(200);

    const after = await t.http().get('/api/auth/session').set('Cookie', cookie);
    expect(after.status).toBe(200);
    expect(after.body.user.mustChangePassword).toBe(false);
    expect((await t.http().get('/api/vettings').set('Cookie', cookie)).status).toBe(200);
  });

  it('a refused change (wrong current password) leaves the session as it was', async () => {
    const u = await t.user([Role.ADMIN]);
    const cookie = await signIn(t, u.email);
    const res = await t
      .http()
      .post('/api/auth/password')
      .set('Cookie', cookie)
      .set(CSRF)
      .send({ currentPassword: 'not the password at all', newPassword: 'whatever passphrase 99' });
    expect(res.status).toBe(403);
    expect((await t.http().get('/api/auth/session').set('Cookie', cookie)).status).toBe(200);
    expect((await t.http().get('/api/auth/me').set(u.auth)).status).toBe(200);
  });
});
