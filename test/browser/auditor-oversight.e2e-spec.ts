import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Client } from 'pg';
import { Download, Page } from 'playwright-core';
import { AUDIT_SEQUENCER_LOCK } from '../../src/audit/audit-sequencer.service';
import { Role } from '../../src/auth/role.enum';
import { buildWorld, readyToRelease, release, World } from '../support/fixtures';
import { TestUser } from '../support/test-app';
import { dbUrl } from '../support/test-env';
import {
  BrowserApp,
  checkPage,
  newPage,
  saveFailure,
  signIn,
  startBrowserApp,
} from './support/browser';
import { choose } from './support/ui';

/**
 * The auditor, through the UI only: the uniformity dashboard of a process with a known
 * deviation (a candidate never assigned once another was released), both CSV downloads, who
 * viewed the released report, the audit log filtered by actor, and a verification that shows
 * up in the history. The process, its release and the panel's view are set up through the API.
 */
jest.setTimeout(240_000);

async function csvOf(download: Download): Promise<Record<string, string>[]> {
  const path = await download.path();
  return parse<Record<string, string>>(readFileSync(path, 'utf8'), { columns: true });
}

describe('the auditor checks a process', () => {
  let app: BrowserApp;
  let w: World;
  let auditor: TestUser;
  let reportId: string;

  beforeAll(async () => {
    app = await startBrowserApp();
    w = await buildWorld(app.t, { candidates: 2, process: { title: 'Dispatcher 2027' } });
    await readyToRelease(app.t, w);
    reportId = (await release(app.t, w.vettingIds[0], w.admin)).reportVersionId;
    await app.t.http().get(`/api/reports/${reportId}`).set(w.panel.auth).expect(200);
    auditor = await app.t.user([Role.AUDITOR], 'Aud Auditor');
  });
  afterAll(() => app?.close());

  async function step(name: string, fn: (page: Page) => Promise<void>, page: Page) {
    try {
      await fn(page);
    } catch (error) {
      await saveFailure(page, `auditor ${name}`);
      throw error;
    }
  }

  it('finds the deviation, downloads both CSVs, sees who viewed the report, and verifies the chain', async () => {
    const { context, page } = await newPage(app);
    const j = 'auditor';
    try {
      await step(
        'dashboard',
        async () => {
          await signIn(page, auditor.email);
          await page.getByRole('heading', { name: 'Uniformity', level: 1 }).waitFor();
          await checkPage(page, j, '1-processes');
          await page.getByRole('link', { name: 'Dispatcher 2027' }).click();
          await page.getByRole('heading', { name: 'Uniformity dashboard', level: 1 }).waitFor();
          const deviations = page.getByRole('list', { name: 'Deviations' });
          await deviations.getByText('Not assigned').waitFor();
          await deviations
            .getByText('Jordan Doe 1 was never assigned a searcher', { exact: false })
            .waitFor();
          await deviations.getByRole('link', { name: 'Jordan Doe 1' }).click();
          expect(page.url()).toMatch(/#candidate-/);
          await page
            .getByRole('region', { name: 'Coverage' })
            .getByText('1 of 2 candidates')
            .waitFor();
          await page.getByRole('region', { name: 'Per searcher' }).locator('svg').first().waitFor();
          await checkPage(page, j, '2-dashboard');
        },
        page,
      );

      await step(
        'csv',
        async () => {
          const [candidates] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('link', { name: 'Download candidates CSV' }).click(),
          ]);
          const rows = await csvOf(candidates);
          expect(rows.map((r) => r.candidateName).sort()).toEqual(['Jordan Doe 0', 'Jordan Doe 1']);
          const [deviations] = await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('link', { name: 'Download deviations CSV' }).click(),
          ]);
          const devs = await csvOf(deviations);
          expect(devs).toEqual(
            expect.arrayContaining([
              expect.objectContaining({ kind: 'NOT_ASSIGNED', candidateName: 'Jordan Doe 1' }),
            ]),
          );
        },
        page,
      );

      await step(
        'viewers',
        async () => {
          await page
            .getByRole('region', { name: 'Candidates' })
            .getByRole('link', { name: 'Who viewed' })
            .click();
          await page.getByRole('heading', { name: 'Who viewed this report', level: 1 }).waitFor();
          await page
            .getByRole('cell', { name: /Pat Panel/ })
            .first()
            .waitFor();
          await page
            .getByRole('button', { name: /^Details of event/ })
            .first()
            .click();
          const details = page.getByRole('group', { name: /^Event \d+/ });
          await details.getByText('Previous hash:').waitFor();
          expect(await details.textContent()).toContain(reportId);
          await checkPage(page, j, '3-report-viewers');
        },
        page,
      );

      await step(
        'audit log',
        async () => {
          await page.getByRole('link', { name: 'Audit log' }).click();
          await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
          await choose(page, 'Actor', 'Pat Panel');
          await page.getByLabel('Action', { exact: true }).fill('report.view');
          await page.getByRole('button', { name: 'Apply filters' }).click();
          await page
            .getByRole('link', { name: reportId.slice(0, 8) })
            .first()
            .waitFor();
          const actors = await page.getByRole('row').allTextContents();
          expect(actors.slice(1).every((r) => r.includes('Pat Panel'))).toBe(true);
          await checkPage(page, j, '4-audit-log');
        },
        page,
      );

      await step(
        'verification',
        async () => {
          await page.getByRole('link', { name: 'Chain verification' }).click();
          await page.getByRole('heading', { name: 'Chain verification', level: 1 }).waitFor();
          const history = page.getByRole('table', { name: 'Verification history' });
          const before = await history
            .getByRole('row')
            .count()
            .catch(() => 0);
          await page.getByRole('button', { name: 'Verify now' }).click();
          await page.getByText('The chain is intact').waitFor();
          await history.getByRole('cell', { name: 'MANUAL' }).first().waitFor();
          expect(await history.getByRole('row').count()).toBeGreaterThan(before);
          await checkPage(page, j, '5-verification');
        },
        page,
      );
    } finally {
      await context.close();
    }
  });

  it('counts events committed but not yet chained, on the audit log and on a verification', async () => {
    // Hold the sequencer's lock, as a sequencer busy with a long batch would: events still
    // commit (to the intake) but wait to be chained.
    const sequencerBusy = new Client({ connectionString: dbUrl(app.t.dbName) });
    await sequencerBusy.connect();
    await sequencerBusy.query('BEGIN');
    await sequencerBusy.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_SEQUENCER_LOCK]);
    let held = true;
    const release = async () => {
      if (!held) return;
      held = false;
      await sequencerBusy.query('COMMIT');
    };
    const { context, page } = await newPage(app);
    try {
      await app.t.http().get(`/api/reports/${reportId}`).set(w.panel.auth).expect(200);
      await step(
        'pending events',
        async () => {
          await signIn(page, auditor.email);
          await page.getByRole('link', { name: 'Audit log' }).click();
          await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
          await page.getByLabel('Action', { exact: true }).fill('report.view');
          await page.getByLabel('Subject id', { exact: true }).fill(reportId);
          await page.getByRole('button', { name: 'Apply filters' }).click();
          const waiting = page.getByRole('status').filter({ hasText: 'Not yet in the chain' });
          await waiting
            .getByText('1 more matching event is committed but not yet sequenced', { exact: false })
            .waitFor();
          // The first view, chained long ago, is listed; the second is only counted.
          expect(await page.getByRole('link', { name: reportId.slice(0, 8) }).count()).toBe(1);
          await checkPage(page, 'auditor', '6-pending-events');

          await page.getByRole('link', { name: 'Chain verification' }).click();
          await page.getByRole('button', { name: 'Verify now' }).click();
          const intact = page.getByRole('status').filter({ hasText: 'The chain is intact' });
          await intact.getByText('still waiting to be chained', { exact: false }).waitFor();

          await release();
          await page.getByRole('link', { name: 'Audit log' }).click();
          await page.getByLabel('Action', { exact: true }).fill('report.view');
          await page.getByLabel('Subject id', { exact: true }).fill(reportId);
          await page.getByRole('button', { name: 'Apply filters' }).click();
          // Chained at the sequencer's next turn: listed (after the note's Refresh, or a refetch
          // of its own), and the note goes.
          const views = page.getByRole('link', { name: reportId.slice(0, 8) });
          const deadline = Date.now() + 15_000;
          while (Date.now() < deadline) {
            if ((await views.count()) === 2 && (await waiting.count()) === 0) break;
            const refresh = waiting.getByRole('button', { name: 'Refresh' });
            // The note may go between the check and the click, when the page refetches itself.
            if (await refresh.isVisible()) await refresh.click({ timeout: 2000 }).catch(() => {});
            await page.waitForTimeout(300);
          }
          expect(await waiting.count()).toBe(0);
          expect(await views.count()).toBe(2);
        },
        page,
      );
    } finally {
      await release();
      await sequencerBusy.end();
      await context.close();
    }
  });
});
