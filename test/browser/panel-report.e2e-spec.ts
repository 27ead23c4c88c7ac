import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { buildWorld, readyToRelease, release, World } from '../support/fixtures';
import {
  BrowserApp,
  checkPage,
  newPage,
  saveFailure,
  signIn,
  startBrowserApp,
} from './support/browser';

/**
 * A hiring panel member, through the UI only: from "My processes" to a candidate's released
 * report, prints it, and downloads the server-made PDF, whose first page is rendered with
 * poppler's pdftoppm to check that it is not blank. The process is set up through the API.
 */
jest.setTimeout(240_000);

describe('the hiring panel reads a released report', () => {
  let app: BrowserApp;
  let w: World;
  let sha256: string;
  let dir: string;
  const summary = 'Public post threatening to shoot a neighbour';

  beforeAll(async () => {
    app = await startBrowserApp();
    w = await buildWorld(app.t, { process: { title: 'Patrol officer 2027' } });
    await readyToRelease(app.t, w);
    sha256 = (await release(app.t, w.vettingIds[0], w.admin)).sha256;
    dir = mkdtempSync(join(tmpdir(), 'cybervet-panel-pdf-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await app?.close();
  });

  it('opens the report from its processes, prints it without the navigation, and downloads a PDF that is not blank', async () => {
    const { context, page } = await newPage(app);
    const j = 'panel-report';
    try {
      await signIn(page, w.panel.email);
      await page.getByRole('heading', { name: 'My processes', level: 1 }).waitFor();
      await checkPage(page, j, '1-my-processes');
      await page.getByRole('link', { name: 'Patrol officer 2027' }).click();
      await page.getByRole('heading', { name: 'Reports: Patrol officer 2027', level: 1 }).waitFor();
      await checkPage(page, j, '2-process-reports');
      await page.getByRole('link', { name: 'Jordan Doe 0' }).click();
      await page.getByRole('heading', { name: 'Report: Jordan Doe 0', level: 1 }).waitFor();
      const main = page.getByRole('main');
      await main.getByText(summary).waitFor();
      for (const text of [
        'Finding 1: Threats violence',
        'Facebook',
        'Verified, 3 identity matches',
        'Checklist: 3 of 3 items searched',
        sha256,
      ]) {
        await main.getByText(text, { exact: false }).first().waitFor();
      }
      // What the server withholds never reaches the page: no source URL.
      expect(await main.textContent()).not.toMatch(/https?:|facebook\.com/);
      await checkPage(page, j, '3-report');

      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
      expect(await main.getByText(summary).isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download PDF' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const pdf = join(dir, 'report.pdf');
      await download.saveAs(pdf);
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(text.replace(/\s+/g, ' ')).toContain(summary);
      expect(text).toContain('Confidential: hiring panel');

      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '50',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        join(dir, 'page1'),
      ]);
      const png = PNG.sync.read(readFileSync(join(dir, 'page1.png')));
      let ink = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        if (png.data[i] < 200 || png.data[i + 1] < 200 || png.data[i + 2] < 200) ink += 1;
      }
      // A letter page at 50 dpi is 425×550 pixels; text covers a few percent of them.
      expect(png.width).toBeGreaterThan(400);
      expect(ink / (png.width * png.height)).toBeGreaterThan(0.005);
    } catch (error) {
      await saveFailure(page, 'panel report');
      throw error;
    } finally {
      await context.close();
    }
  });
});
