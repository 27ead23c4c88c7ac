import { CaptureSite, startCaptureSite } from '../support/capture-site';
import { buildWorld, searchEverything, World } from '../support/fixtures';
import {
  BrowserApp,
  checkPage,
  newPage,
  saveFailure,
  signIn,
  startBrowserApp,
} from './support/browser';

/**
 * A searcher captures a finding's page from the workbench: the server's own browser opens a
 * page of a local test site (the only host allowed) and the result shows live, with a
 * thumbnail and the manifest in words; a login page comes back "Not public".
 */
jest.setTimeout(240_000);

describe('server capture from the finding, in the browser', () => {
  let app: BrowserApp;
  let site: CaptureSite;
  let w: World;

  beforeAll(async () => {
    site = await startCaptureSite();
    app = await startBrowserApp({ CAPTURE_ALLOW_HOSTS: site.hostPort, CAPTURE_TIMEOUT_MS: '8000' });
    w = await buildWorld(app.t);
    await searchEverything(app.t, w, w.vettingIds[0], w.searcher, {
      sourceUrl: `${site.base}/public`,
    });
  });
  afterAll(async () => {
    await app?.close();
    await site?.close();
  });

  it('the searcher presses Capture beside the URL and sees the sealed capture, then a login wall', async () => {
    const { context, page } = await newPage(app);
    const j = 'capture';
    try {
      await signIn(page, w.searcher.email);
      await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
      await checkPage(page, j, '1-my-work');
      await page.getByRole('link', { name: 'Jordan Doe 0' }).click();
      const url = page.getByLabel('URL of finding 1');
      await url.waitFor();
      expect(await url.inputValue()).toBe(`${site.base}/public`);
      await checkPage(page, j, '2-workbench');
      await page.getByRole('button', { name: 'Capture finding 1' }).click();
      await page.getByText('Captured', { exact: true }).waitFor({ timeout: 60_000 });
      const thumb = page.getByRole('img', { name: 'Capture 1: screenshot thumbnail' });
      await thumb.waitFor();
      expect(
        await thumb.evaluate((img) => {
          const image = img as unknown as { complete: boolean; naturalWidth: number };
          return image.complete && image.naturalWidth > 0;
        }),
      ).toBe(true);
      await page.getByText('It was not redirected.').waitFor();
      await page
        .getByText('The page was served over plain http: there was no TLS and no certificate.', {
          exact: true,
        })
        .waitFor();
      await page.getByText(/the signature checks out/).waitFor();
      await page.getByRole('link', { name: 'Open the PDF of capture 1' }).waitFor();
      await checkPage(page, j, '3-captured');

      await url.fill(`${site.base}/login-form`);
      await page.getByRole('button', { name: 'Capture finding 1' }).click();
      await page.getByText('Not public', { exact: true }).waitFor({ timeout: 60_000 });
      await page.getByText(/Reason: the page shows a password field in its main content/).waitFor();
      await checkPage(page, j, '4-not-public');

      await url.fill('file:///etc/passwd');
      await page.getByRole('button', { name: 'Capture finding 1' }).click();
      await page
        .getByRole('alert')
        .getByText(/only http and https/)
        .waitFor();
      await checkPage(page, j, '5-refused');
    } catch (error) {
      await saveFailure(page, 'capture journey');
      throw error;
    } finally {
      await context.close();
    }
  });
});
