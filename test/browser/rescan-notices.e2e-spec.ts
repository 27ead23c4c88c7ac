import { RescanService } from '../../src/screening/rescan.service';
import { buildWorld, release, screened, searchEverything, World } from '../support/fixtures';
import {
  BrowserApp,
  checkPage,
  newPage,
  saveFailure,
  signIn,
  startBrowserApp,
} from './support/browser';

jest.setTimeout(300_000);

const excerpt = "I'm 52 and still out every night; if he parks there again I will burn his truck.";

/** A released report that new rules would have flagged is listed on the searchers' work page. */
describe('released reports to correct after new detector rules', () => {
  let app: BrowserApp;
  let w: World;

  beforeAll(async () => {
    app = await startBrowserApp();
    const t = app.t;
    w = await buildWorld(t);
    // Screened by rules that missed the age: the released report carries it.
    const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, { excerpt });
    await screened(t, findingId, w.validator);
    await t.db.query(`DELETE FROM screening_flags WHERE finding_id = $1`, [findingId]);
    await t.db.query(`UPDATE screenings SET rules_version = 'old' WHERE finding_id = $1`, [
      findingId,
    ]);
    await t
      .http()
      .post(`/api/findings/${findingId}/validations`)
      .set(w.validator.auth)
      .send({ status: 'VERIFIED', method: 'Photo cross-check', notes: 'Three identifiers match' })
      .expect(201);
    await t.http().post(`/api/vettings/${w.vettingIds[0]}/submit`).set(w.searcher.auth).expect(200);
    await t
      .http()
      .post(`/api/findings/${findingId}/filter-review`)
      .set(w.validator.auth)
      .send({ readAllFieldsConfirmed: true, decisions: [] })
      .expect(201);
    await release(t, w.vettingIds[0], w.searcher);
    const result = await t.get(RescanService).rescan({ processId: w.processId });
    expect(result.reportsListed).toHaveLength(1);
  });
  afterAll(() => app?.close());

  it('My work lists the report with the classes the new rules flag: the reviewer finds its new flags to review, the assigned searcher opens its vetting', async () => {
    const { context, page } = await newPage(app);
    try {
      await signIn(page, w.validator.email);
      await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
      const table = page.getByRole('table', { name: 'Released reports to correct' });
      await table.getByText('Correct report version 1 of Jordan Doe 0').waitFor();
      await table.getByText('Finding 1, excerpt: AGE (1)').waitFor();
      // Its finding was screened again under the new rules: its flags wait for review.
      await page
        .getByRole('link', { name: /Review \d+ flags? on Jordan Doe 0/ })
        .waitFor({ timeout: 30_000 });
      await checkPage(page, 'rescan-notices', '01-my-work');
      await page.getByRole('button', { name: 'Sign out' }).click();

      await signIn(page, w.searcher.email);
      await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
      await page
        .getByRole('table', { name: 'Released reports to correct' })
        .getByRole('link', { name: 'Correct report version 1 of Jordan Doe 0' })
        .click();
      await page.getByRole('heading', { name: 'Vetting: Jordan Doe 0' }).waitFor();
      await checkPage(page, 'rescan-notices', '02-vetting');
    } catch (error) {
      await saveFailure(page, 'rescan-notices');
      throw error;
    } finally {
      await context.close();
    }
  });
});
