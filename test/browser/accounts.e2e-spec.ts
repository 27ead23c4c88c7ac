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

jest.setTimeout(300_000);

const TEMPORARY = 'temporary from the admin 31';
const CHOSEN = 'my own chosen passphrase 8';

/**
 * Accounts as an administrator and a user meet them: the admin unlocks a locked account and
 * sets a temporary password (a common one is refused beside the field); the user signs in with
 * it, sees only the change-password screen, chooses their own password, and is then in the app,
 * still signed in.
 */
describe('accounts: unlock, temporary password, the forced password change', () => {
  let app: BrowserApp;
  let admin: TestUser;
  let user: TestUser;
  let locked: TestUser;

  beforeAll(async () => {
    app = await startBrowserApp();
    admin = await app.t.user([Role.ADMIN], 'Avery Admin');
    user = await app.t.user([Role.SEARCHER], 'Sasha Searcher');
    locked = await app.t.user([Role.AUDITOR], 'Lee Locked');
    // Locked by failed sign-ins (the lockout itself is covered by test/e2e/lockout).
    await app.t.db.query(
      `UPDATE users SET failed_login_count = 5, locked_until = now() + interval '1 hour' WHERE id = $1`,
      [locked.id],
    );
  });
  afterAll(() => app?.close());

  async function statusWithCookie(cookie: string, path: string): Promise<number> {
    const api = await request.newContext({ baseURL: app.baseUrl });
    try {
      return (await api.get(path, { headers: { Cookie: cookie } })).status();
    } finally {
      await api.dispose();
    }
  }

  it('admin unlocks an account and sets a temporary password; the user must change it, then works', async () => {
    const { context, page } = await newPage(app);
    try {
      await signIn(page, admin.email);
      await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
      const lockedTable = page.getByRole('table', { name: 'Locked accounts' });
      await lockedTable.getByText('Lee Locked').waitFor();
      await checkPage(page, 'accounts', '01-users-with-locked');
      await page.getByRole('button', { name: 'Unlock Lee Locked' }).click();
      await page.getByText('No account is locked.').waitFor();
      const [{ locked_until }] = await app.t.db.query(
        `SELECT locked_until FROM users WHERE id = $1`,
        [locked.id],
      );
      expect(locked_until).toBeNull();

      await page
        .getByRole('button', { name: 'Set a temporary password for Sasha Searcher' })
        .click();
      const field = page.getByRole('textbox', {
        name: 'Temporary password for Sasha Searcher',
        exact: true,
      });
      await field.fill('123456789012');
      await page.getByRole('button', { name: 'Set temporary password' }).click();
      const refusal = page.getByRole('alert').filter({ hasText: 'Temporary password refused' });
      await refusal.getByText(/most commonly used passwords/).waitFor();
      await checkPage(page, 'accounts', '02-temporary-password-refused');
      await field.fill(TEMPORARY);
      await page.getByRole('button', { name: 'Set temporary password' }).click();
      await page
        .getByRole('status')
        .getByText(/Temporary password set for/)
        .waitFor();
      await checkPage(page, 'accounts', '03-temporary-password-set');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();

      // The user signs in with the temporary password: only the change-password screen shows.
      await signIn(page, user.email, TEMPORARY);
      await page.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
      await checkPage(page, 'accounts', '04-forced-change');
      const passwordBox = (name: string) => page.getByRole('textbox', { name, exact: true });
      await passwordBox('Temporary password').fill(TEMPORARY);
      await passwordBox('New password').fill('password1234');
      await passwordBox('New password again').fill('password1234');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'Password change refused' })
        .getByText(/most commonly used passwords/)
        .waitFor();
      await checkPage(page, 'accounts', '05-forced-change-refused');
      await passwordBox('New password').fill(CHOSEN);
      await passwordBox('New password again').fill(CHOSEN);
      await page.getByRole('button', { name: 'Change password' }).click();

      // Same session, now open: their own pages.
      await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
      await checkPage(page, 'accounts', '06-my-work-after-change');
      const cookie = (await context.cookies()).find((c) => c.name === 'cybervet_session')!;
      expect(await statusWithCookie(`${cookie.name}=${cookie.value}`, '/api/vettings')).toBe(200);

      // Changing it again later, from the page every user has.
      await page.getByRole('link', { name: 'Change password' }).click();
      await page.getByRole('heading', { name: 'Change password', level: 1 }).waitFor();
      await checkPage(page, 'accounts', '07-change-password-page');
      await passwordBox('Current password').fill(CHOSEN);
      await passwordBox('New password').fill('yet another passphrase 55');
      await passwordBox('New password again').fill('yet another passphrase 55');
      await page.getByRole('button', { name: 'Change password' }).click();
      await page
        .getByRole('status')
        .getByText(/Password changed/)
        .waitFor();
      await checkPage(page, 'accounts', '08-changed');
      await page.getByRole('link', { name: 'My work' }).click();
      await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
    } catch (error) {
      await saveFailure(page, 'accounts');
      throw error;
    } finally {
      await context.close();
    }
  });
});
