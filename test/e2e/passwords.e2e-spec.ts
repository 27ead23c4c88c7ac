import { Role } from '../../src/auth/role.enum';
import { startTestApp, TEST_PASSWORD, TestApp, TestUser } from '../support/test-app';
import { auditSettled } from '../support/audit';

const NEW_PASSWORD = 'a brand new passphrase 42';

describe('passwords: changing one’s own, temporary passwords, the policy', () => {
  let t: TestApp;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.user([Role.ADMIN]);
  });
  afterAll(() => t.close());

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('changes one’s own password: current one required, every other token revoked', async () => {
    const u = await t.user([Role.SEARCHER]);
    const otherDevice = await t.login(u.email);

    const wrong = await t
      .http()
      .post('/api/auth/password')
      .set(u.auth)
      .send({ currentPassword: 'not my password at all', newPassword: NEW_PASSWORD });
    expect(wrong.status).toBe(403);
    expect(wrong.body.message).toBe('Current password is incorrect');

    const res = await t
      .http()
      .post('/api/auth/password')
      .set(u.auth)
      .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: u.id, mustChangePassword: false });
    expect((await t.http().get('/api/auth/me').set(bearer(res.body.accessToken))).status).toBe(200);
    expect((await t.http().get('/api/auth/me').set(u.auth)).status).toBe(401);
    expect((await t.http().get('/api/auth/me').set(bearer(otherDevice))).status).toBe(401);

    expect(
      (await t.http().post('/api/auth/login').send({ email: u.email, password: TEST_PASSWORD }))
        .status,
    ).toBe(401);
    await t.login(u.email, NEW_PASSWORD);

    await auditSettled(t);
    const events = await t.db.query(
      `SELECT action, outcome, actor_id FROM audit_events
        WHERE action = 'auth.password_change' AND subject_id = $1 ORDER BY seq`,
      [u.id],
    );
    expect(events).toEqual([
      { action: 'auth.password_change', outcome: 'DENIED', actor_id: u.id },
      { action: 'auth.password_change', outcome: 'ALLOWED', actor_id: u.id },
    ]);
    await auditSettled(t);
    expect(JSON.stringify(await t.db.query(`SELECT details FROM audit_events`))).not.toContain(
      NEW_PASSWORD,
    );
  });

  it('refuses short and common passwords on every path, naming the field', async () => {
    const u = await t.user([Role.AUDITOR]);
    const change = (newPassword: string) =>
      t
        .http()
        .post('/api/auth/password')
        .set(u.auth)
        .send({ currentPassword: TEST_PASSWORD, newPassword });
    const short = await change('short pass');
    expect(short.status).toBe(400);
    expect(short.body.message).toBe('newPassword must be at least 12 characters');
    const common = await change('password1234');
    expect(common.status).toBe(400);
    expect(common.body.message).toMatch(/newPassword is one of the most commonly used passwords/);
    const same = await change(TEST_PASSWORD);
    expect(same.status).toBe(400);
    expect(same.body.message).toMatch(/must differ/);

    const create = await t
      .http()
      .post('/api/users')
      .set(admin.auth)
      .send({
        email: 'weak@example.test',
        name: 'Weak',
        password: 'qwerty123456',
        roles: [Role.PANEL],
      });
    expect(create.status).toBe(400);
    expect(create.body.message).toMatch(/password is one of the most commonly used passwords/);
    const temp = await t
      .http()
      .post(`/api/users/${u.id}/temporary-password`)
      .set(admin.auth)
      .send({ password: '123456789012' });
    expect(temp.status).toBe(400);
    expect(temp.body.message).toMatch(/password is one of the most commonly used passwords/);
    const tooShort = await t
      .http()
      .post(`/api/users/${u.id}/temporary-password`)
      .set(admin.auth)
      .send({ password: 'eleven char' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.message).toBe('password must be at least 12 characters');
  });

  it('a temporary password signs in, but only the password change is allowed until it is done', async () => {
    const u = await t.user([Role.ADMIN]);
    const temporary = 'temporary pass from admin';
    const set = await t
      .http()
      .post(`/api/users/${u.id}/temporary-password`)
      .set(admin.auth)
      .send({ password: temporary });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ id: u.id, email: u.email, mustChangePassword: true });
    // Sessions from before the reset are gone.
    expect((await t.http().get('/api/auth/me').set(u.auth)).status).toBe(401);

    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ email: u.email, password: temporary });
    expect(login.status).toBe(200);
    expect(login.body.user.mustChangePassword).toBe(true);
    const token = bearer(login.body.accessToken);

    const me = await t.http().get('/api/auth/me').set(token);
    expect(me.status).toBe(200);
    expect(me.body.mustChangePassword).toBe(true);
    for (const [method, path] of [
      ['get', '/api/users'],
      ['get', '/api/processes'],
      ['get', '/api/users/locked'],
    ] as const) {
      const res = await t.http()[method](path).set(token);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect(res.body.message).toMatch(/password change required/i);
    }
    expect((await t.http().get('/docs-json').set(token)).status).toBe(403);

    const changed = await t
      .http()
      .post('/api/auth/password')
      .set(token)
      .send({ currentPassword: temporary, newPassword: NEW_PASSWORD });
    expect(changed.status).toBe(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    const fresh = bearer(changed.body.accessToken);
    expect((await t.http().get('/api/users').set(fresh)).status).toBe(200);
    expect((await t.http().get('/api/auth/me').set(fresh)).body.mustChangePassword).toBe(false);
    expect((await t.http().get('/api/auth/me').set(token)).status).toBe(401);

    await auditSettled(t);
    const [event] = await t.db.query(
      `SELECT actor_id, details FROM audit_events WHERE action = 'user.temporary_password' AND subject_id = $1`,
      [u.id],
    );
    expect(event).toEqual({ actor_id: admin.id, details: { email: u.email, tokensRevoked: true } });
  });
});
