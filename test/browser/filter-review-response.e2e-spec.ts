import { buildWorld, screened, searchEverything, World } from '../support/fixtures';
import {
  BrowserApp,
  checkPage,
  newPage,
  saveFailure,
  signIn,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(300_000);

const RESPONSE = 'I wrote it when I was 8 weeks pregnant and stressed; I apologise.';

/** The candidate's response is screened too: the reviewer sees it in full and decides its flags. */
describe('filter review: the candidate response is reviewed like every other text', () => {
  let app: BrowserApp;
  let w: World;
  let findingId: string;

  beforeAll(async () => {
    app = await startBrowserApp();
    w = await buildWorld(app.t);
    findingId = await searchEverything(app.t, w);
    await app.t
      .http()
      .post(`/api/findings/${findingId}/candidate-response`)
      .set(w.admin.auth)
      .send({ receivedAt: new Date().toISOString(), text: RESPONSE })
      .expect(201);
    const { flags } = await screened(app.t, findingId, w.validator);
    expect(flags.some((f) => f.field === 'candidateResponse')).toBe(true);
  });
  afterAll(() => app?.close());

  it('shows the response with its flags, and the preview and the result withhold what was redacted', async () => {
    const { context, page } = await newPage(app);
    try {
      await signIn(page, w.validator.email);
      await page.goto(`/findings/${findingId}/review`);
      await page.getByRole('heading', { name: 'Filter review', level: 1 }).waitFor();
      const response = page.getByRole('textbox', { name: 'Candidate response, full text' });
      await response.getByText(/8 weeks/).waitFor();
      await page
        .getByRole('group', { name: /^Flag \d+$/ })
        .filter({ hasText: 'in Candidate response: “8 weeks pregnant”' })
        .waitFor();
      await checkPage(page, 'filter-review-response', '01-review');

      const flags = page.getByRole('group', { name: /^Flag \d+$/ });
      for (let i = 0; i < (await flags.count()); i++) {
        await flags.nth(i).getByRole('radio', { name: 'Redact' }).check();
      }
      await expect(page.getByLabel('Preview of Candidate response').textContent()).resolves.toBe(
        'I wrote it when I was [withheld] and stressed; I apologise.',
      );
      await page.getByRole('checkbox', { name: 'I have read every field above in full' }).check();
      await page.getByRole('button', { name: 'Send filter review' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Filter review recorded' })
        .getByText(/Candidate response:.*I was \[withheld\] and stressed/)
        .waitFor();
      await checkPage(page, 'filter-review-response', '02-sent');
    } catch (error) {
      await saveFailure(page, 'filter-review-response');
      throw error;
    } finally {
      await context.close();
    }
  });
});
