import { Role } from '../../src/auth/role.enum';
import { controlMfaClock, enrolTotp } from '../support/mfa';
import { startTestIdp, TestIdp } from '../support/oidc-provider';
import { TestUser } from '../support/test-app';
import {
  BrowserApp,
  checkPage,
  freePort,
  newPage,
  saveFailure,
  signIn,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(300_000);

/**
 * An administrator, in the browser, sees per user whether two-factor is enrolled and whether a
 * single sign-on identity is linked; links an account to its subject at the provider (a subject
 * already taken is refused with the server's reason), the user then signs in with it, and the
 * admin unlinks it and resets two-factor.
 */
describe('browser: an admin manages single sign-on identities and sees sign-in status', () => {
  let idp: TestIdp;
  let app: BrowserApp;
  let admin: TestUser;
  let sam: TestUser;
  let taken: TestUser;

  beforeAll(async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    idp = await startTestIdp({
      redirectUris: [`${base}/api/auth/oidc/callback`],
      postLogoutRedirectUris: [`${base}/`],
    });
    app = await startBrowserApp(
      {
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: idp.clientId,
        OIDC_CLIENT_SECRET: idp.clientSecret,
        OIDC_REDIRECT_URL: `${base}/api/auth/oidc/callback`,
        OIDC_DISPLAY_NAME: 'County Identity',
      },
      port,
    );
    admin = await app.t.user([Role.ADMIN], 'Avery Admin');
    sam = await app.t.user([Role.SEARCHER], 'Sam Searcher');
    taken = await app.t.user([Role.PANEL], 'Pat Panel');
    await enrolTotp(app.t, sam.auth, controlMfaClock(app.t));
    await app.t
      .http()
      .put(`/api/users/${taken.id}/sso-identity`)
      .set(admin.auth)
      .send({ subject: 'pat-object-id' })
      .expect(200);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await idp?.close();
  });

  async function linkedSubject(id: string): Promise<string | null> {
    const [row] = await app.t.db.query<{ oidc_subject: string | null }[]>(
      `SELECT oidc_subject FROM users WHERE id = $1`,
      [id],
    );
    return row.oidc_subject;
  }

  it('links, is refused a taken subject, the user signs in with SSO, then unlinks and resets', async () => {
    const { page, context } = await newPage(app);
    const journey = 'sso-admin';
    try {
      await signIn(page, admin.email);
      await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
      const samStatus = page.getByRole('group', { name: 'Sign-in of Sam Searcher' });
      await samStatus.getByText('Two-factor enrolled').waitFor();
      await samStatus.getByText('SSO not linked').waitFor();
      await page
        .getByRole('group', { name: 'Sign-in of Pat Panel' })
        .getByText('SSO linked')
        .waitFor();
      await checkPage(page, journey, '1-users-with-status');

      await page.getByRole('button', { name: 'Single sign-on identity of Sam Searcher' }).click();
      const form = page.getByRole('form', { name: 'Single sign-on identity of Sam Searcher' });
      await form.getByText('Not linked to a single sign-on identity.').waitFor();
      // A subject already linked to Pat: the server's reason appears beside the field.
      await form.getByLabel('Subject at the provider for Sam Searcher').fill('pat-object-id');
      await form.getByRole('button', { name: 'Link identity' }).click();
      const refusal = form.getByRole('alert');
      await refusal
        .getByText('This single sign-on identity is linked to another account')
        .waitFor();
      await refusal.getByText('Link refused').waitFor();
      await checkPage(page, journey, '2-taken-subject-refused');
      expect(await linkedSubject(sam.id)).toBeNull();

      await form.getByLabel('Subject at the provider for Sam Searcher').fill('sam-object-id');
      await form.getByRole('button', { name: 'Link identity' }).click();
      await form
        .getByRole('status')
        .getByText(/linked to subject sam-object-id/)
        .waitFor();
      await samStatus.getByText('SSO linked').waitFor();
      await form.getByText(`Linked to subject sam-object-id at ${idp.issuer}.`).waitFor();
      expect(await form.getByRole('alert').count()).toBe(0);
      await checkPage(page, journey, '3-linked');
      expect(await linkedSubject(sam.id)).toBe('sam-object-id');

      // The link is what signs Sam in: the provider's e-mail matches no account.
      idp.accounts.set('sam-object-id', { email: 'sam@elsewhere.test', email_verified: true });
      const sso = await newPage(app);
      try {
        await sso.page.goto('/');
        await sso.page.getByRole('link', { name: 'Sign in with County Identity' }).click();
        await sso.page.getByLabel('Username').fill('sam-object-id');
        await sso.page.getByRole('button', { name: 'Continue' }).click();
        await sso.page.getByRole('button', { name: 'Sign out' }).waitFor();
        await sso.page.getByText('Sam Searcher').first().waitFor();
        await checkPage(sso.page, journey, '4-sam-signed-in-with-sso');
      } catch (error) {
        await saveFailure(sso.page, `${journey}-sam`);
        throw error;
      } finally {
        await sso.context.close();
      }

      await form.getByRole('button', { name: 'Unlink identity' }).click();
      await form
        .getByRole('status')
        .getByText(/no longer linked/)
        .waitFor();
      await samStatus.getByText('SSO not linked').waitFor();
      expect(await linkedSubject(sam.id)).toBeNull();

      // The existing reset stays, and the status follows it.
      await page.getByRole('button', { name: 'Reset two-factor sign-in of Sam Searcher' }).click();
      await samStatus.getByText('No two-factor').waitFor();
      await checkPage(page, journey, '5-unlinked-and-reset');
    } catch (error) {
      await saveFailure(page, journey);
      throw error;
    } finally {
      await context.close();
    }
  });
});
