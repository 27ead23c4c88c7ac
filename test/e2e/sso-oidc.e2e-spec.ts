import { Role } from '../../src/auth/role.enum';
import { UsersService } from '../../src/users/users.service';
import { auditSettled } from '../support/audit';
import { startTestIdp, TestIdp } from '../support/oidc-provider';
import { providerSignOut, ssoSignIn } from '../support/sso-flow';
import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

const APP = 'http://127.0.0.1:3999';
const CSRF = { 'X-Requested-With': 'cybervet' };

function oidcEnv(idp: TestIdp, extra: Record<string, string> = {}) {
  return {
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    OIDC_REDIRECT_URL: `${APP}/api/auth/oidc/callback`,
    OIDC_DISPLAY_NAME: 'County Identity',
    ...extra,
  };
}

async function auditOf(t: TestApp, action: string) {
  await auditSettled(t);
  return t.db.query<
    { subject_id: string | null; outcome: string; details: Record<string, unknown> }[]
  >(`SELECT subject_id, outcome, details FROM audit_events WHERE action = $1 ORDER BY seq`, [
    action,
  ]);
}

describe('single sign-on through a real OpenID provider (authorization code + PKCE)', () => {
  let idp: TestIdp;
  let t: TestApp;

  beforeAll(async () => {
    idp = await startTestIdp({
      redirectUris: [`${APP}/api/auth/oidc/callback`],
      postLogoutRedirectUris: [`${APP}/`],
    });
    t = await startTestApp(oidcEnv(idp));
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  it('tells the sign-in page to offer "Sign in with <name>"', async () => {
    const res = await t.http().get('/api/auth/sign-in-options').expect(200);
    expect(res.body).toEqual({
      ssoEnabled: true,
      ssoDisplayName: 'County Identity',
      ssoStartUrl: '/api/auth/oidc/start',
      localLoginEnabled: true,
    });
  });

  it('signs an existing account in by its verified e-mail, links it, then matches by subject', async () => {
    const searcher = await t.user([Role.SEARCHER], 'Sasha Sso');
    idp.accounts.set('sub-sasha', { email: searcher.email, email_verified: true, name: 'S. Sso' });
    const first = await ssoSignIn(t, 'sub-sasha');
    expect(first).toMatchObject({ location: '/', error: null, promptedLogin: true });
    const state = await t.http().get('/api/auth/session').set('Cookie', first.sessionCookie!);
    expect(state.status).toBe(200);
    expect(state.body.user).toMatchObject({
      id: searcher.id,
      roles: [Role.SEARCHER],
      authMethod: 'OIDC',
      mfaEnrolmentRequired: false,
    });
    expect(state.body.idleTimeoutSeconds).toBe(30 * 60); // the same session, with the idle lock
    const links = await auditOf(t, 'user.oidc.link');
    expect(links).toContainEqual(
      expect.objectContaining({
        subject_id: searcher.id,
        details: expect.objectContaining({ via: 'verified e-mail', subject: 'sub-sasha' }),
      }),
    );

    // The provider's e-mail changes: the link by subject still finds the same account.
    idp.accounts.set('sub-sasha', { email: 'renamed@county.test', email_verified: true });
    const again = await ssoSignIn(t, 'sub-sasha');
    const me = await t.http().get('/api/auth/me').set('Cookie', again.sessionCookie!).expect(200);
    expect(me.body.id).toBe(searcher.id);
    const logins = await auditOf(t, 'auth.login');
    expect(
      logins.filter((e) => e.subject_id === searcher.id && e.details.via === 'oidc'),
    ).toHaveLength(2);
  });

  it('refuses an identity with no account, and one whose e-mail is not verified (audited)', async () => {
    idp.accounts.set('sub-stranger', { email: 'stranger@county.test', email_verified: true });
    const unknown = await ssoSignIn(t, 'sub-stranger');
    expect(unknown.sessionCookie).toBeNull();
    expect(unknown.error).toMatch(/no account here matches this identity/);

    const panel = await t.user([Role.PANEL]);
    idp.accounts.set('sub-unverified', { email: panel.email, email_verified: false });
    const unverified = await ssoSignIn(t, 'sub-unverified');
    expect(unverified.sessionCookie).toBeNull();
    expect(unverified.error).toMatch(/no account here matches/);

    const refusals = await auditOf(t, 'auth.oidc.refused');
    expect(refusals.map((r) => [r.outcome, r.details.subject, r.details.reason])).toEqual(
      expect.arrayContaining([
        ['DENIED', 'sub-stranger', 'unknown identity'],
        ['DENIED', 'sub-unverified', 'unknown identity'],
      ]),
    );
  });

  it('signs in an account an administrator linked, and refuses it once deactivated', async () => {
    const admin = await t.user([Role.ADMIN]);
    const auditor = await t.user([Role.AUDITOR]);
    idp.accounts.set('object-id-42', { email: 'someone-else@county.test', email_verified: true });
    const link = await t
      .http()
      .put(`/api/users/${auditor.id}/sso-identity`)
      .set(admin.auth)
      .send({ subject: 'object-id-42' });
    expect(link.status).toBe(200);
    expect(link.body).toMatchObject({ issuer: idp.issuer, subject: 'object-id-42' });
    const ok = await ssoSignIn(t, 'object-id-42');
    expect(ok.error).toBeNull();

    // The same subject cannot be linked to a second account.
    const other = await t.user([Role.PANEL]);
    await t
      .http()
      .put(`/api/users/${other.id}/sso-identity`)
      .set(admin.auth)
      .send({ subject: 'object-id-42' })
      .expect(409);

    await t
      .http()
      .patch(`/api/users/${auditor.id}`)
      .set(admin.auth)
      .send({ active: false })
      .expect(200);
    const refused = await ssoSignIn(t, 'object-id-42');
    expect(refused.sessionCookie).toBeNull();
    expect(refused.error).toBe('Sign-in refused: this account is deactivated');
    const refusals = await auditOf(t, 'auth.oidc.refused');
    expect(refusals).toContainEqual(
      expect.objectContaining({
        subject_id: auditor.id,
        details: expect.objectContaining({ reason: 'account deactivated' }),
      }),
    );
    const links = await auditOf(t, 'user.oidc.link');
    expect(links).toContainEqual(
      expect.objectContaining({
        subject_id: auditor.id,
        details: expect.objectContaining({ via: 'administrator' }),
      }),
    );
  });

  it('refuses a callback that did not start in this browser, or comes back twice', async () => {
    const res = await t.http().get('/api/auth/oidc/callback?code=x&state=y');
    expect(res.status).toBe(302);
    expect(decodeURIComponent(res.headers.location)).toMatch(/started in another browser/);
  });

  it("signing out ends the local session and the provider's", async () => {
    const custodian = await t.user([Role.RECORDS_CUSTODIAN]);
    idp.accounts.set('sub-rita', { email: custodian.email, email_verified: true });
    const signedIn = await ssoSignIn(t, 'sub-rita');
    const cookie = signedIn.sessionCookie!;
    await t.http().post('/api/auth/oidc/sign-out').set('Cookie', cookie).expect(403); // CSRF
    const out = await t.http().post('/api/auth/oidc/sign-out').set('Cookie', cookie).set(CSRF);
    expect(out.status).toBe(200);
    const logoutUrl = new URL(out.body.providerLogoutUrl as string);
    expect(logoutUrl.origin).toBe(idp.issuer);
    expect(logoutUrl.searchParams.get('post_logout_redirect_uri')).toBe(`${APP}/`);
    expect(logoutUrl.searchParams.get('id_token_hint')).toBeTruthy();
    const after = await t.http().get('/api/auth/session').set('Cookie', cookie);
    expect(after.status).toBe(401);
    expect(after.body.message).toMatch(/signed out/);

    // While the provider session lives, a new sign-in needs no password there ...
    const silent = await ssoSignIn(t, 'sub-rita', signedIn.jar);
    expect(silent.promptedLogin).toBe(false);
    await t
      .http()
      .post('/api/auth/oidc/sign-out')
      .set('Cookie', silent.sessionCookie!)
      .set(CSRF)
      .expect(200);
    // ... and after the provider's own sign-out it asks again.
    expect(await providerSignOut(logoutUrl.href, signedIn.jar)).toBe(`${APP}/`);
    const fresh = await ssoSignIn(t, 'sub-rita', signedIn.jar);
    expect(fresh.promptedLogin).toBe(true);
    expect(fresh.error).toBeNull();
    const ends = await auditOf(t, 'auth.session.end');
    expect(ends.filter((e) => e.details.method === 'OIDC').length).toBeGreaterThanOrEqual(2);
  });
});

describe('single sign-on: OIDC_REQUIRE_MFA, auto-provisioning, LOCAL_LOGIN=false', () => {
  let idp: TestIdp;
  let t: TestApp;
  const BREAK_GLASS = 'break.glass@county.test';

  beforeAll(async () => {
    idp = await startTestIdp({
      redirectUris: [`${APP}/api/auth/oidc/callback`],
      postLogoutRedirectUris: [`${APP}/`],
    });
    t = await startTestApp(
      oidcEnv(idp, {
        OIDC_REQUIRE_MFA: 'true',
        OIDC_AUTO_PROVISION: 'true',
        LOCAL_LOGIN: 'false',
        BREAK_GLASS_ADMIN_EMAIL: BREAK_GLASS,
      }),
    );
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  it('refuses an ID token whose amr shows no second factor, accepts one that does', async () => {
    idp.accounts.set('sub-new', {
      email: 'new.hire@county.test',
      email_verified: true,
      name: 'New Hire',
      amr: ['pwd'],
    });
    const refused = await ssoSignIn(t, 'sub-new');
    expect(refused.sessionCookie).toBeNull();
    expect(refused.error).toMatch(/did not report a second factor/);
    const [event] = (await auditOf(t, 'auth.oidc.refused')).filter(
      (e) => e.details.subject === 'sub-new',
    );
    expect(event.details.reason).toMatch(/no second factor in amr \(\["pwd"\]\)/);

    idp.accounts.set('sub-new', {
      email: 'new.hire@county.test',
      email_verified: true,
      name: 'New Hire',
      amr: ['pwd', 'mfa'],
    });
    // A new provider session (signed in there with a second factor this time).
    const ok = await ssoSignIn(t, 'sub-new');
    expect(ok.error).toBeNull();
    expect(ok.sessionCookie).toBeTruthy();
  });

  it('auto-provisions an unknown identity with no roles: it can see itself and sign out, nothing more', async () => {
    idp.accounts.set('sub-prov', {
      email: 'provisioned@county.test',
      email_verified: true,
      name: 'Pro Visioned',
      amr: ['pwd', 'otp'],
    });
    const res = await ssoSignIn(t, 'sub-prov');
    expect(res.error).toBeNull();
    const cookie = res.sessionCookie!;
    const state = await t.http().get('/api/auth/session').set('Cookie', cookie).expect(200);
    expect(state.body.user).toMatchObject({ email: 'provisioned@county.test', roles: [] });
    const processes = await t.http().get('/api/processes').set('Cookie', cookie);
    expect(processes.status).toBe(403);
    const created = await auditOf(t, 'user.create');
    expect(created).toContainEqual(
      expect.objectContaining({
        details: expect.objectContaining({ via: 'oidc auto-provisioning', roles: [] }),
      }),
    );
    await t.http().delete('/api/auth/session').set('Cookie', cookie).set(CSRF).expect(204);
  });

  it('with LOCAL_LOGIN=false only the named break-glass admin may use a password', async () => {
    const users = t.get(UsersService);
    await users.create({
      email: BREAK_GLASS,
      name: 'Break Glass',
      password: TEST_PASSWORD,
      roles: [Role.ADMIN],
    });
    await users.create({
      email: 'ordinary.admin@county.test',
      name: 'Ordinary Admin',
      password: TEST_PASSWORD,
      roles: [Role.ADMIN],
    });
    const options = await t.http().get('/api/auth/sign-in-options').expect(200);
    expect(options.body.localLoginEnabled).toBe(false);
    await t
      .http()
      .post('/api/auth/login')
      .send({ email: BREAK_GLASS, password: TEST_PASSWORD })
      .expect(200);
    const refused = await t
      .http()
      .post('/api/auth/session')
      .send({ email: 'ordinary.admin@county.test', password: TEST_PASSWORD });
    expect(refused.status).toBe(401);
    expect(refused.body.message).toBe(
      'Password sign-in is turned off: sign in with County Identity',
    );
    const logins = await auditOf(t, 'auth.login');
    expect(logins).toContainEqual(
      expect.objectContaining({ details: expect.objectContaining({ breakGlass: true }) }),
    );
  });
});
