import { execFile } from 'node:child_process';
import { Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { auditSettled } from '../support/audit';
import { World } from '../support/fixtures';
import { closeAged, custodian, vetted, world } from '../support/records-fixtures';
import { TestUser } from '../support/test-app';
import {
  BrowserApp,
  checkPage,
  newPage,
  saveFailure,
  signIn,
  startBrowserApp,
} from './support/browser';
import { choose } from './support/ui';

jest.setTimeout(600_000);

const ROOT = resolve(__dirname, '../..');

/**
 * axe on the page at rest: the pointer is moved off the navigation first, since the shared
 * layout's active nav link, while hovered, has too little contrast (noted for the layout).
 */
async function check(page: Page, step: string): Promise<void> {
  await page.mouse.move(1, 1);
  await checkPage(page, 'records', step);
}

/** The real `npm run cli -- export:verify` (ts-node, as package.json's `cli` script runs it). */
function exportVerify(
  zip: string,
  publicKey: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [
        join(ROOT, 'node_modules/ts-node/dist/bin.js'),
        '--transpile-only',
        join(ROOT, 'src/cli/main.ts'),
        'export:verify',
        zip,
        '--public-key',
        publicKey,
      ],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * The records custodian's console through the UI: a hold placed and one released (the history),
 * the retention preview, a records request with its deadline, an e-discovery export started
 * from it whose progress reaches 100%, the download checked against the SHA-256 shown and by the
 * real `export:verify` with the published key. Then an administrator closes a process.
 */
describe('records journeys in the browser', () => {
  let app: BrowserApp;
  let rita: TestUser;
  let current: World;
  let old: World;
  const scratch = mkdtempSync(join(tmpdir(), 'cybervet-records-browser-'));

  beforeAll(async () => {
    app = await startBrowserApp();
    rita = await custodian(app.t);
    current = await world(app.t, 1, 'Patrol Officer 2026');
    await vetted(app.t, current, 0);
    // A process closed eight years ago: its raw records are past the 7-year retention.
    old = await world(app.t, 1, 'Dispatcher 2018');
    await vetted(app.t, old, 0);
    await closeAged(app.t, old, 8);
  });
  afterAll(() => app?.close());

  it('a custodian holds records, logs a request, exports it, watches it finish, downloads and verifies the bundle', async () => {
    const { context, page } = await newPage(app);
    try {
      await signIn(page, rita.email);
      await page.getByRole('heading', { name: 'Records requests', level: 1 }).waitFor();
      await check(page, '01-requests-empty');

      // Legal holds: one placed on the current process, one on the old process then released.
      await page.getByRole('link', { name: 'Legal holds' }).click();
      await page.getByRole('heading', { name: 'Legal holds', level: 1 }).waitFor();
      const place = async (process: string, reference: string, reason: string) => {
        await choose(page, 'Process to hold', process);
        await page.getByRole('textbox', { name: 'Reference', exact: true }).fill(reference);
        await page.getByRole('textbox', { name: 'Reason', exact: true }).fill(reason);
        await page.getByRole('button', { name: 'Place hold' }).click();
        await page
          .getByRole('table', { name: 'Legal holds in force' })
          .getByText(reference)
          .waitFor();
      };
      await place(
        'Patrol Officer 2026 (open)',
        'Doe v. City, 2026CV0412',
        'Counsel asked to preserve every record of the 2026 hiring.',
      );
      await place('Dispatcher 2018 (closed)', 'Claim 2026-07', 'Notice of claim received.');
      await check(page, '02-holds-in-force');
      await page.getByRole('button', { name: 'Release hold Claim 2026-07' }).click();
      await page
        .getByRole('textbox', { name: 'Why release Claim 2026-07' })
        .fill('Claimant withdrew the claim in writing.');
      await page.getByRole('button', { name: 'Release hold', exact: true }).click();
      const history = page.getByRole('table', { name: 'Released legal holds' });
      await history.getByText('Claimant withdrew the claim in writing.').waitFor();
      await history
        .getByText(/by Rita Records/)
        .first()
        .waitFor();
      await check(page, '03-holds-history');
      const held = await app.t.db.query(
        `SELECT reference, released_at IS NULL AS active FROM legal_holds ORDER BY created_at`,
      );
      expect(held).toEqual([
        { reference: 'Doe v. City, 2026CV0412', active: true },
        { reference: 'Claim 2026-07', active: false },
      ]);

      // Retention preview: the old process's raw records go next; the server says why.
      await page.getByRole('link', { name: 'Retention preview' }).click();
      const purge = page.getByRole('table', { name: 'Records the next purge would remove' });
      await purge.getByText('Evidence file').waitFor();
      await purge.getByText('Finding excerpt').waitFor();
      await purge
        .getByText(/RETENTION_RAW_YEARS=7/)
        .first()
        .waitFor();
      expect(await purge.getByText('Patrol Officer 2026').count()).toBe(0);
      await check(page, '04-retention-preview');

      // A records request with the deadline the custodian sets.
      await page.getByRole('link', { name: 'Records requests' }).click();
      await page.getByRole('textbox', { name: 'Requester', exact: true }).fill('Ozaukee Press');
      await choose(page, 'Records of process', 'Patrol Officer 2026');
      const due = new Date(Date.now() + 5 * 864e5).toISOString().slice(0, 10);
      await page.getByLabel('Answer due by').fill(due);
      await page
        .getByRole('textbox', { name: 'What is asked for', exact: true })
        .fill('Every record of the 2026 patrol officer hiring.');
      await page.getByRole('button', { name: 'Log request' }).click();
      await page
        .getByRole('heading', { name: 'Records request from Ozaukee Press', level: 1 })
        .waitFor();
      await page.getByText('Due in 5 days').waitFor();
      await page.getByText('0 days old').waitFor();

      // An e-discovery export of the request's scope; its progress bar reaches 100%.
      await page.getByRole('button', { name: "Start export of this request's scope" }).click();
      const bar = page.getByRole('progressbar', { name: /Progress of export/ });
      await bar.waitFor();
      const seen: number[] = [];
      // On a loaded machine a bundle can take a while; a person would wait too.
      const started = Date.now();
      while (Date.now() - started < 240_000) {
        const now = Number(await bar.getAttribute('aria-valuenow'));
        if (seen[seen.length - 1] !== now) {
          seen.push(now);
          process.stderr.write(
            `[records] export progress ${now}% after ${Date.now() - started} ms\n`,
          );
        }
        if (now === 100) break;
        await page.waitForTimeout(250);
      }
      expect(seen[seen.length - 1]).toBe(100);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen); // never goes backwards
      await page.getByText(/Done, 100%/).waitFor();
      const shown = (await page.getByLabel(/SHA-256 of export/).innerText()).trim();
      expect(shown).toMatch(/^[0-9a-f]{64}$/);
      await check(page, '05-request-export-done');

      // Download, and the file is the one whose SHA-256 is shown.
      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name: /Download bundle/ }).click();
      const zip = join(scratch, 'bundle.zip');
      await (await downloading).saveAs(zip);
      expect(createHash('sha256').update(readFileSync(zip)).digest('hex')).toBe(shown);

      // The status changes, through the same page.
      await choose(page, 'Status', 'FULFILLED');
      await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Bundle sent');
      await page.getByRole('button', { name: 'Change status' }).click();
      await page
        .getByText(/Status: FULFILLED \(changed .* by Rita Records: Bundle sent\)/)
        .waitFor();

      // The export list, with the published key and how to verify offline.
      await page.getByRole('link', { name: 'Exports', exact: true }).click();
      const list = page.getByRole('table', { name: 'Export bundles' });
      await list.getByText('Rita Records').waitFor();
      await list.getByText('E-discovery (complete)').waitFor();
      await list.getByText('Patrol Officer 2026').waitFor();
      await list.getByRole('link', { name: 'Answers a records request' }).waitFor();
      await page.getByText(/export:verify bundle\.zip --public-key published-key\.pem/).waitFor();
      const pem = await page.getByLabel('Export signing public key').innerText();
      expect(pem).toContain('BEGIN PUBLIC KEY');
      await check(page, '06-exports');
      const keyFile = join(scratch, 'published-key.pem');
      writeFileSync(keyFile, `${pem.trim()}\n`);

      const verified = await exportVerify(zip, keyFile);
      expect(verified.stderr).not.toMatch(/FAIL|SIGNATURE|MISMATCH/);
      expect(verified.code).toBe(0);
      expect(verified.stdout).toMatch(/OK/);

      await auditSettled(app.t);
      const [{ n }] = await app.t.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'export.download' AND actor_id = $1`,
        [rita.id],
      );
      expect(n).toBe(1);
    } catch (error) {
      await saveFailure(page, 'records custodian journey');
      throw error;
    } finally {
      await context.close();
    }
  });

  it('an administrator closes a process with its reason, from the process page', async () => {
    const { context, page } = await newPage(app);
    try {
      await signIn(page, current.admin.email);
      await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
      await check(page, '07-admin-users');
      await page.getByRole('link', { name: 'Hiring processes' }).click();
      await page.getByRole('heading', { name: 'Hiring processes', level: 1 }).waitFor();
      await check(page, '08-admin-processes');
      await page.getByRole('link', { name: 'Patrol Officer 2026' }).click();
      await page.getByRole('heading', { name: 'Process: Patrol Officer 2026', level: 1 }).waitFor();
      await page.getByRole('tab', { name: 'Close process' }).click();
      await page
        .getByRole('textbox', { name: 'Reason for closing', exact: true })
        .fill('Eligibility list established; hiring complete.');
      await check(page, '09-close-process');
      await page.getByRole('button', { name: 'Close process' }).click();
      await page.getByText('This process is closed').waitFor();
      await page
        .getByRole('heading', { name: 'Process: Patrol Officer 2026 (closed)', level: 1 })
        .waitFor();
      await check(page, '10-process-closed');
      await auditSettled(app.t);
      const [event] = await app.t.db.query(
        `SELECT details FROM audit_events WHERE action = 'process.close' AND subject_id = $1`,
        [current.processId],
      );
      expect(event.details.reason).toBe('Eligibility list established; hiring complete.');
    } catch (error) {
      await saveFailure(page, 'admin closes a process');
      throw error;
    } finally {
      await context.close();
    }
  });
});
