import { Role } from '../../src/auth/role.enum';
import { controlMfaClock, enrolTotp } from '../support/mfa';
import { startTestIdp, TestIdp } from '../support/oidc-provider';
import { startTestApp, TestApp } from '../support/test-app';

const APP = 'http://127.0.0.1:3999';

/** The users list tells an admin who has two-factor enrolled and who is linked to single sign-on. */
describe('users list: two-factor and single sign-on status (admin only)', () => {
  let idp: TestIdp;
  let t: TestApp;

  beforeAll(async () => {
    idp = await startTestIdp({
      redirectUris: [`${APP}/api/auth/oidc/callback`],
      postLogoutRedirectUris: [`${APP}/`],
    });
    t = await startTestApp({
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_REDIRECT_URL: `${APP}/api/auth/oidc/callback`,
    });
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  async function listed(auth: Record<string, string>, id: string) {
    const res = await t.http().get('/api/users').set(auth);
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return (res.body as { id: string }[]).find((u) => u.id === id) as Record<string, unknown>;
  }

  it('shows enrolment and the linked identity, and follows link, unlink and reset', async () => {
    const admin = await t.user([Role.ADMIN]);
    const searcher = await t.user([Role.SEARCHER], 'Sam Status');

    const fresh = await listed(admin.auth, searcher.id);
    expect(fresh).toMatchObject({ mfaEnrolled: false, ssoIssuer: null, ssoSubject: null });
    // Only what an admin may see: no secret, hash or recovery code reaches the list.
    expect(Object.keys(fresh).sort()).toEqual(
      [
        'active',
        'createdAt',
        'email',
        'id',
        'mfaEnrolled',
        'name',
        'roles',
        'ssoIssuer',
        'ssoSubject',
      ].sort(),
    );

    await enrolTotp(t, searcher.auth, controlMfaClock(t));
    expect(await listed(admin.auth, searcher.id)).toMatchObject({ mfaEnrolled: true });

    await t
      .http()
      .put(`/api/users/${searcher.id}/sso-identity`)
      .set(admin.auth)
      .send({ subject: '  object-id-77\n' })
      .expect(200);
    expect(await listed(admin.auth, searcher.id)).toMatchObject({
      ssoIssuer: idp.issuer,
      ssoSubject: 'object-id-77',
    });
    // A pasted subject is trimmed (it must match the provider's exactly); a blank one is refused.
    const blank = await t
      .http()
      .put(`/api/users/${searcher.id}/sso-identity`)
      .set(admin.auth)
      .send({ subject: '   ' })
      .expect(400);
    expect(JSON.stringify(blank.body)).toContain('subject must not be empty');
    const one = await t.http().get(`/api/users/${searcher.id}`).set(admin.auth).expect(200);
    expect(one.body).toMatchObject({
      mfaEnrolled: true,
      ssoIssuer: idp.issuer,
      ssoSubject: 'object-id-77',
    });

    await t.http().delete(`/api/users/${searcher.id}/sso-identity`).set(admin.auth).expect(200);
    await t.http().delete(`/api/users/${searcher.id}/mfa`).set(admin.auth).expect(200);
    expect(await listed(admin.auth, searcher.id)).toMatchObject({
      mfaEnrolled: false,
      ssoIssuer: null,
      ssoSubject: null,
    });
  });

  it('refuses the list (and so the status) to every role but ADMIN', async () => {
    for (const role of [Role.SEARCHER, Role.PANEL, Role.AUDITOR, Role.RECORDS_CUSTODIAN]) {
      const other = await t.user([role]);
      await t.http().get('/api/users').set(other.auth).expect(403);
      await t.http().get(`/api/users/${other.id}`).set(other.auth).expect(403);
    }
    await t.http().get('/api/users').expect(401);
  });
});
