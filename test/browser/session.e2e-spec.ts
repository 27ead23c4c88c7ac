import { request } from 'playwright-core';
import { Role } from '../../src/auth/role.enum';
import { TestUser } from '../support/test-app';
import {
  BrowserApp,
  checkPage,
  newPage,
  saveFailure,
  signIn,
  startBrowserApp,
} from './support/browser';

/**
 * Sessions as a person meets them: a warning before the idle lock, "Stay signed in", the lock
 * itself, and signing out, after which the old cookie opens nothing. The idle limit is one
 * minute here (SESSION_IDLE_MINUTES=1; 30 in production).
 */
jest.setTimeout(300_000);

describe('browser sessions', () => {
  let app: BrowserApp;
  let admin: TestUser;

  beforeAll(async () => {
    app = await startBrowserApp({ SESSION_IDLE_MINUTES: '1', SESSION_TOUCH_SECONDS: '1' });
    admin = await app.t.user([Role.ADMIN], 'Avery Admin');
  });
  afterAll(() => app?.close());

  /** Calls the API with only the given cookie, outside the browser. */
  async function statusWithCookie(cookie: string, path: string): Promise<number> {
    const api = await request.newContext({ baseURL: app.baseUrl });
    try {
      return (await api.get(path, { headers: { Cookie: cookie } })).status();
    } finally {
      await api.dispose();
    }
  }

  async function sessionCookie(context: { cookies(): Promise<{ name: string; value: string }[]> }) {
    const c = (await context.cookies()).find((x) => x.name === 'cybervet_session');
    expect(c).toBeDefined();
    return `${c!.name}=${c!.value}`;
  }

  it('warns before the idle lock, stays signed in on request, then locks', async () => {
    const { context, page } = await newPage(app);
    try {
      await signIn(page, admin.email);
      await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
      const cookie = await sessionCookie(context);
      const warning = page.getByRole('dialog', { name: 'Your session is about to lock' });
      await warning.waitFor({ timeout: 60_000 });
      await warning
        .getByRole('timer')
        .getByText(/locks in 0:\d\d/)
        .waitFor();
      await checkPage(page, 'session', '01-idle-warning');
      await warning.getByRole('button', { name: 'Stay signed in', exact: true }).click();
      await warning.waitFor({ state: 'hidden' });
      expect(await statusWithCookie(cookie, '/api/users')).toBe(200);

      // No more activity: the warning comes back, then the server locks the session.
      await page.getByRole('heading', { name: 'Session locked' }).waitFor({ timeout: 120_000 });
      await checkPage(page, 'session', '02-locked');
      expect(await statusWithCookie(cookie, '/api/users')).toBe(401);
    } catch (error) {
      await saveFailure(page, 'session-idle');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('signing out revokes the session: its cookie can no longer call the API', async () => {
    const { context, page } = await newPage(app);
    try {
      await signIn(page, admin.email);
      const cookie = await sessionCookie(context);
      expect(await statusWithCookie(cookie, '/api/users')).toBe(200);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await checkPage(page, 'session', '03-signed-out');
      expect(await statusWithCookie(cookie, '/api/users')).toBe(401);
      expect(await statusWithCookie(cookie, '/api/auth/session')).toBe(401);
    } catch (error) {
      await saveFailure(page, 'session-sign-out');
      throw error;
    } finally {
      await context.close();
    }
  });
});
