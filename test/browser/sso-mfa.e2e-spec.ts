import { Role } from '../../src/auth/role.enum';
import { controlMfaClock } from '../support/mfa';
import { startTestIdp, TestIdp } from '../support/oidc-provider';
import { TEST_PASSWORD } from '../support/test-app';
import {
  BrowserApp,
  checkPage,
  freePort,
  newPage,
  saveFailure,
  startBrowserApp,
} from './support/browser';

describe('browser: single sign-on and two-factor sign-in', () => {
  let idp: TestIdp;
  let app: BrowserApp;

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
        MFA_REQUIRED_ROLES: '', // the real default
      },
      port,
    );
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await idp?.close();
  });

  it('signs in with "Sign in with County Identity" and signs out of both', async () => {
    const { page, context } = await newPage(app);
    const journey = 'sso-sign-in';
    try {
      const person = await app.t.user([Role.PANEL], 'Pat Panel');
      idp.accounts.set('pat-object-id', { email: person.email, email_verified: true });
      await page.goto('/');
      await page.getByRole('link', { name: 'Sign in with County Identity' }).waitFor();
      await checkPage(page, journey, '1-sign-in-page');
      await page.getByRole('link', { name: 'Sign in with County Identity' }).click();
      await page.getByRole('heading', { name: 'Sign in to the test provider' }).waitFor();
      await checkPage(page, journey, '2-provider-sign-in');
      await page.getByLabel('Username').fill('pat-object-id');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      expect(new URL(page.url()).origin).toBe(app.baseUrl);
      await page.getByText('Pat Panel').first().waitFor();
      await checkPage(page, journey, '3-signed-in');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Yes, sign me out' }).waitFor();
      await checkPage(page, journey, '4-provider-sign-out');
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await page.getByRole('link', { name: 'Sign in with County Identity' }).waitFor();
      expect(new URL(page.url()).origin).toBe(app.baseUrl);
      await checkPage(page, journey, '5-signed-out');
      const state = await page.request.get('/api/auth/session');
      expect(state.status()).toBe(401);
    } catch (error) {
      await saveFailure(page, journey);
      throw error;
    } finally {
      await context.close();
    }
  });

  it('a searcher sets up TOTP with the QR code, then signs in with a code', async () => {
    const clock = controlMfaClock(app.t);
    const { page, context } = await newPage(app);
    const journey = 'totp-enrol-sign-in';
    try {
      const searcher = await app.t.user([Role.SEARCHER], 'Sam Searcher');
      await page.goto('/');
      await page.getByLabel('Email').fill(searcher.email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { name: 'Set up two-factor sign-in' }).waitFor();
      await checkPage(page, journey, '1-enrolment-required');
      await page.getByRole('button', { name: 'Show the QR code' }).click();
      await page.getByRole('img', { name: /QR code/ }).waitFor();
      await checkPage(page, journey, '2-qr-code');
      const secret = (await page.locator('code').first().textContent())!.trim();
      await page.getByLabel('Code from the app').fill(clock.code(secret));
      await page.getByRole('button', { name: 'Confirm' }).click();
      const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
      await codes.first().waitFor();
      expect(await codes.count()).toBe(10);
      await checkPage(page, journey, '3-recovery-codes');
      await page.getByRole('button', { name: 'I have saved them: continue' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await checkPage(page, journey, '4-signed-in');
      await page.getByRole('button', { name: 'Sign out' }).click();

      await page.getByLabel('Email').fill(searcher.email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByLabel('Authenticator code').waitFor();
      await checkPage(page, journey, '5-code-asked');
      clock.advance(30_000);
      await page.getByLabel('Authenticator code').fill(clock.code(secret));
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await checkPage(page, journey, '6-signed-in-with-code');
    } catch (error) {
      await saveFailure(page, journey);
      throw error;
    } finally {
      await context.close();
    }
  });
});
