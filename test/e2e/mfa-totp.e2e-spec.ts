import { Role } from '../../src/auth/role.enum';
import { auditSettled } from '../support/audit';
import { controlMfaClock, enrolTotp, MfaClock } from '../support/mfa';
import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

const CSRF = { 'X-Requested-With': 'cybervet' };

describe('TOTP second factor for local accounts (MFA_REQUIRED_ROLES at its real default)', () => {
  let t: TestApp;
  let clock: MfaClock;

  beforeAll(async () => {
    // '' is the variable unset: the default SEARCHER, ADMIN, RECORDS_CUSTODIAN, AUDITOR applies.
    t = await startTestApp({ MFA_REQUIRED_ROLES: '' });
    clock = controlMfaClock(t);
  });
  afterAll(() => t.close());

  const login = (body: Record<string, string>) => t.http().post('/api/auth/login').send(body);

  it('a SEARCHER, ADMIN, RECORDS_CUSTODIAN or AUDITOR must enrol before doing anything else; PANEL need not', async () => {
    for (const role of [Role.SEARCHER, Role.ADMIN, Role.RECORDS_CUSTODIAN, Role.AUDITOR]) {
      const u = await t.user([role]);
      const me = await t.http().get('/api/auth/me').set(u.auth).expect(200);
      expect(me.body).toMatchObject({ mfaEnrolmentRequired: true, mfaEnrolled: false });
      const blocked = await t.http().get('/api/processes').set(u.auth);
      expect(blocked.status).toBe(403);
      expect(blocked.body.message).toMatch(/^Two-factor enrolment required/);
      await t.http().get('/api/auth/mfa').set(u.auth).expect(200);
    }
    const panel = await t.user([Role.PANEL]);
    await t.http().get('/api/processes').set(panel.auth).expect(200);
    const me = await t.http().get('/api/auth/me').set(panel.auth).expect(200);
    expect(me.body.mfaEnrolmentRequired).toBe(false);
    await auditSettled(t);
    const [row] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE action = 'authorization.denied' AND details->>'reason' = 'MFA enrolment required'`,
    );
    expect(row.n).toBe(4);
  });

  it('enrols with a QR code, then asks for the code at every password sign-in (token and cookie)', async () => {
    const s = await t.user([Role.SEARCHER]);
    const start = await t.http().post('/api/auth/mfa/totp').set(s.auth).expect(201);
    expect(start.body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(start.body.otpauthUri).toBe(
      `otpauth://totp/cybervet:${encodeURIComponent(s.email)}?secret=${start.body.secret}&issuer=cybervet`,
    );
    const wrong = await t
      .http()
      .post('/api/auth/mfa/totp/confirm')
      .set(s.auth)
      .send({ code: clock.code(start.body.secret, 120_000) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toMatch(/does not match/);
    const done = await t
      .http()
      .post('/api/auth/mfa/totp/confirm')
      .set(s.auth)
      .send({ code: clock.code(start.body.secret) });
    expect(done.status).toBe(200);
    expect(done.body.recoveryCodes).toHaveLength(10);
    expect(new Set(done.body.recoveryCodes).size).toBe(10);
    await t.http().get('/api/me/work').set(s.auth).expect(200); // enrolled: open again
    await t.http().post('/api/auth/mfa/totp').set(s.auth).expect(409);

    const stored = await t.db.query<{ code_hash: string }[]>(
      `SELECT code_hash FROM mfa_recovery_codes WHERE user_id = $1`,
      [s.id],
    );
    expect(stored).toHaveLength(10);
    expect(stored.every((r) => r.code_hash.startsWith('$argon2id$'))).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(done.body.recoveryCodes[0].replace('-', ''));

    const passwordOnly = await login({ email: s.email, password: TEST_PASSWORD });
    expect(passwordOnly.status).toBe(401);
    expect(passwordOnly.body).toMatchObject({ secondFactorRequired: true });
    expect(passwordOnly.body.message).toMatch(/^Two-factor code required/);

    // The enrolment used this step's code: it cannot sign in too.
    const reusedFromEnrolment = await login({
      email: s.email,
      password: TEST_PASSWORD,
      code: clock.code(start.body.secret),
    });
    expect(reusedFromEnrolment.status).toBe(401);
    expect(reusedFromEnrolment.body.message).toMatch(/already used/);

    clock.advance(30_000);
    const code = clock.code(start.body.secret);
    const ok = await login({ email: s.email, password: TEST_PASSWORD, code });
    expect(ok.status).toBe(200);
    expect(ok.body.user).toMatchObject({ mfaEnrolled: true, mfaEnrolmentRequired: false });
    const replay = await login({ email: s.email, password: TEST_PASSWORD, code });
    expect(replay.status).toBe(401);
    expect(replay.body.message).toBe(
      'This two-factor code was already used: wait for the next one',
    );

    // One step of drift is accepted (the phone is 30 s ahead); the browser session asks too.
    await t
      .http()
      .post('/api/auth/session')
      .send({ email: s.email, password: TEST_PASSWORD })
      .expect(401);
    const cookieSignIn = await t
      .http()
      .post('/api/auth/session')
      .send({
        email: s.email,
        password: TEST_PASSWORD,
        code: clock.code(start.body.secret, 30_000),
      });
    expect(cookieSignIn.status).toBe(200);
    expect(cookieSignIn.body.user).toMatchObject({ mfaEnrolled: true, authMethod: 'PASSWORD' });

    // Two steps away is refused.
    clock.advance(5 * 30_000);
    const stale = await login({
      email: s.email,
      password: TEST_PASSWORD,
      code: clock.code(start.body.secret, -60_000),
    });
    expect(stale.status).toBe(401);
    expect(stale.body.message).toBe('Invalid two-factor code');

    await auditSettled(t);
    const events = await t.db.query<
      { action: string; outcome: string; details: { reason?: string; secondFactor?: string } }[]
    >(`SELECT action, outcome, details FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [
      s.id,
    ]);
    expect(events.map((e) => e.action)).toContain('auth.mfa.enrol');
    expect(events.filter((e) => e.details.reason === 'reused two-factor code')).toHaveLength(2);
    expect(events.filter((e) => e.details.secondFactor === 'totp')).toHaveLength(2);
  });

  it('a recovery code signs in once; then it is spent', async () => {
    const u = await t.user([Role.AUDITOR]);
    const { recoveryCodes } = await enrolTotp(t, u.auth, clock);
    const recoveryCode = recoveryCodes[3].toLowerCase(); // case does not matter
    const first = await login({ email: u.email, password: TEST_PASSWORD, recoveryCode });
    expect(first.status).toBe(200);
    const again = await login({ email: u.email, password: TEST_PASSWORD, recoveryCode });
    expect(again.status).toBe(401);
    expect(again.body.message).toBe('Invalid or already used recovery code');
    const status = await t
      .http()
      .get('/api/auth/mfa')
      .set({ Authorization: `Bearer ${first.body.accessToken}` })
      .expect(200);
    expect(status.body).toMatchObject({
      enrolled: true,
      recoveryCodesLeft: 9,
      requiredByRole: true,
    });
  });

  it('an admin resets a lost authenticator (audited, signed out everywhere); never their own', async () => {
    const admin = await t.user([Role.ADMIN]);
    await enrolTotp(t, admin.auth, clock);
    const u = await t.user([Role.RECORDS_CUSTODIAN]);
    const { secret } = await enrolTotp(t, u.auth, clock);
    clock.advance(30_000);
    const session = await t
      .http()
      .post('/api/auth/session')
      .send({ email: u.email, password: TEST_PASSWORD, code: clock.code(secret) })
      .expect(200);
    const cookie = ([] as string[]).concat(session.headers['set-cookie'])[0].split(';')[0];

    const reset = await t.http().delete(`/api/users/${u.id}/mfa`).set(admin.auth);
    expect(reset.status).toBe(200);
    expect(reset.body).toEqual({ id: u.id, email: u.email, wasEnrolled: true });
    await t.http().get('/api/auth/me').set(u.auth).expect(401);
    await t.http().get('/api/auth/session').set('Cookie', cookie).expect(401);
    const after = await login({ email: u.email, password: TEST_PASSWORD });
    expect(after.status).toBe(200);
    expect(after.body.user.mfaEnrolmentRequired).toBe(true);

    const own = await t.http().delete(`/api/users/${admin.id}/mfa`).set(admin.auth).set(CSRF);
    expect(own.status).toBe(403);
    await auditSettled(t);
    const events = await t.db.query<{ outcome: string; subject_id: string }[]>(
      `SELECT outcome, subject_id FROM audit_events WHERE action = 'user.mfa.reset' ORDER BY seq`,
    );
    expect(events).toEqual([
      { outcome: 'ALLOWED', subject_id: u.id },
      { outcome: 'DENIED', subject_id: admin.id },
    ]);
  });
});
