import { JwtService } from '@nestjs/jwt';
import { Role } from '../../src/auth/role.enum';
import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';
import { auditSettled } from '../support/audit';

describe('sign-in and tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with the right password and returns a token and the user', async () => {
    const admin = await t.user([Role.ADMIN], 'Ada Admin');
    const res = await t
      .http()
      .post('/api/auth/login')
      .send({ email: admin.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({
      id: admin.id,
      email: admin.email,
      name: 'Ada Admin',
      roles: [Role.ADMIN],
      mustChangePassword: false,
      mfaEnrolmentRequired: false,
      mfaEnrolled: false,
    });
    expect(res.body.expiresIn).toBe(900);
    const me = await t
      .http()
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${res.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(admin.id);
  });

  it('answers an unknown email and a wrong password with the same 401', async () => {
    const u = await t.user([Role.SEARCHER]);
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@example.test', password: TEST_PASSWORD });
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .send({ email: u.email, password: 'wrong password!!' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.message).toBe(wrong.body.message);
    expect(unknown.body.error).toBe(wrong.body.error);
  });

  it('locks the account for 10 minutes after 5 consecutive failures, even for the right password', async () => {
    const u = await t.user([Role.SEARCHER]);
    for (let i = 0; i < 4; i++) {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ email: u.email, password: `wrong-${i}-password` });
      expect(res.status).toBe(401);
    }
    // The lockout is not announced (defect 10): the fifth failure and every later attempt,
    // even with the right password, get the same 401 as any wrong password.
    const fifth = await t
      .http()
      .post('/api/auth/login')
      .send({ email: u.email, password: 'wrong-5-password' });
    expect(fifth.status).toBe(401);
    expect(fifth.body.message).toBe('Invalid email or password');
    const right = await t
      .http()
      .post('/api/auth/login')
      .send({ email: u.email, password: TEST_PASSWORD });
    expect(right.status).toBe(401);
    expect(right.body.message).toBe('Invalid email or password');
    const [row] = await t.db.query(`SELECT locked_until - now() AS left FROM users WHERE id = $1`, [
      u.id,
    ]);
    expect(row.left.minutes).toBe(9);

    await auditSettled(t);
    const events = await t.db.query(
      `SELECT action, outcome FROM audit_events WHERE subject_id = $1 AND action LIKE 'auth.%' ORDER BY seq`,
      [u.id],
    );
    expect(
      events.map((e: { action: string; outcome: string }) => `${e.action}:${e.outcome}`),
    ).toEqual([
      'auth.login:ALLOWED',
      'auth.login:FAILED',
      'auth.login:FAILED',
      'auth.login:FAILED',
      'auth.login:FAILED',
      'auth.lockout:DENIED',
      'auth.login:DENIED',
    ]);
  });

  it('resets the failure count after a successful sign-in', async () => {
    const u = await t.user([Role.AUDITOR]);
    for (let i = 0; i < 4; i++)
      await t.http().post('/api/auth/login').send({ email: u.email, password: 'not the password' });
    await t.login(u.email);
    for (let i = 0; i < 4; i++)
      await t.http().post('/api/auth/login').send({ email: u.email, password: 'not the password' });
    expect(
      (await t.http().post('/api/auth/login').send({ email: u.email, password: TEST_PASSWORD }))
        .status,
    ).toBe(200);
  });

  it('refuses an expired token with 401', async () => {
    const u = await t.user([Role.ADMIN]);
    const jwt = t.get(JwtService);
    const token = await jwt.signAsync({ sub: u.id, tv: 0 }, { expiresIn: 1 });
    await new Promise((r) => setTimeout(r, 1100));
    const res = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/expired/);
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await new JwtService({ secret: 'x'.repeat(40) }).signAsync({
      sub: '00000000-0000-0000-0000-000000000000',
      tv: 0,
    });
    const res = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${forged}`);
    expect(res.status).toBe(401);
  });

  it('stops a deactivated user: old tokens fail and sign-in is refused', async () => {
    const admin = await t.user([Role.ADMIN]);
    const u = await t.user([Role.SEARCHER]);
    expect((await t.http().get('/api/auth/me').set(u.auth)).status).toBe(200);
    const off = await t.http().patch(`/api/users/${u.id}`).set(admin.auth).send({ active: false });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    const me = await t.http().get('/api/auth/me').set(u.auth);
    expect(me.status).toBe(401);
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ email: u.email, password: TEST_PASSWORD });
    expect(login.status).toBe(401);
    expect(login.body.message).toMatch(/deactivated/);
  });

  it('stops tokens issued before a role change', async () => {
    const admin = await t.user([Role.ADMIN]);
    const u = await t.user([Role.ADMIN]);
    expect((await t.http().get('/api/users').set(u.auth)).status).toBe(200);
    await t
      .http()
      .patch(`/api/users/${u.id}`)
      .set(admin.auth)
      .send({ roles: [Role.PANEL] })
      .expect(200);
    expect((await t.http().get('/api/users').set(u.auth)).status).toBe(401);
    const fresh = await t.login(u.email);
    expect((await t.http().get('/api/users').set('Authorization', `Bearer ${fresh}`)).status).toBe(
      403,
    );
  });
});
