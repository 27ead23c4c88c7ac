/// <reference lib="dom" />
/**
 * `npm run docs:screenshots`: the tour's screenshots (docs/tour.md), taken from the real app.
 * Drops and recreates the database `cybervet_tour`, runs `seed:demo` on it, starts the built
 * server (`npm run build` first) on a free loopback port, signs in as each role in Debian's
 * Chromium and saves 1280x800 PNGs under docs/screenshots/. Nothing else is touched: evidence
 * and exports go to a scratch folder, the queue uses its own Redis prefix.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { chromium, Page } from 'playwright-core';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'docs/screenshots');
const CHROMIUM = '/usr/bin/chromium';
const DB = 'cybervet_tour';
const PG = process.env.TOUR_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env.TOUR_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function recreateDatabase(): Promise<void> {
  const client = new Client({ connectionString: `${PG}/postgres` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DB}`);
  } finally {
    await client.end();
  }
}

async function ids(): Promise<Record<string, string>> {
  const client = new Client({ connectionString: `${PG}/${DB}` });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; vetting: string; finding: string }>(
      `SELECT c.full_name AS name, v.id AS vetting, f.id AS finding
         FROM vettings v JOIN candidates c ON c.id = v.candidate_id
         LEFT JOIN findings f ON f.vetting_id = v.id`,
    );
    const out: Record<string, string> = {};
    for (const r of rows) {
      out[`${r.name} vetting`] = r.vetting;
      if (r.finding) out[`${r.name} finding`] = r.finding;
    }
    const [p] = (
      await client.query<{ id: string }>(
        `SELECT id FROM hiring_processes WHERE status = 'OPEN' ORDER BY created_at LIMIT 1`,
      )
    ).rows;
    out.process = p.id;
    return out;
  } finally {
    await client.end();
  }
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`);
    try {
      if ((await fetch(`${url}/health/live`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start within 60 s');
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/src/main.js')) || !existsSync(join(ROOT, 'web/dist/index.html')))
    throw new Error('No build: run `npm run build` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`);
  mkdirSync(OUT, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'cybervet-tour-'));
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    DATABASE_URL: `${PG}/${DB}`,
    REDIS_URL,
    QUEUE_PREFIX: `${DB}_${randomBytes(3).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    EVIDENCE_DIR: join(scratch, 'evidence'),
    EXPORT_DIR: join(scratch, 'exports'),
    // The seed's export and the server sign with this throwaway key, not ./var/keys.
    EXPORT_SIGNING_KEY: join(scratch, 'export-signing-key.pem'),
    AUDIT_ANCHOR_DIR: join(scratch, 'audit-anchors'),
    // The tour shows each role's pages; two-factor enrolment is described in docs/sign-in.md.
    MFA_REQUIRED_ROLES: 'none',
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
  };
  await recreateDatabase();
  const seed = execFileSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'src/cli/seed-demo.ts'],
    { cwd: ROOT, env, encoding: 'utf8' },
  );
  const password = (email: string) => {
    const m = new RegExp(`${email.replace(/\./g, '\\.')}\\s+(\\S+)`).exec(seed);
    if (!m) throw new Error(`seed printed no password for ${email}`);
    return m[1];
  };
  const id = await ids();
  const server = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(baseURL, server);
    const shot = async (page: Page, name: string, fullPage = false) => {
      await page.waitForLoadState('networkidle');
      // No section still loading: a screenshot with a spinner in it shows nothing.
      await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
      const kb = Math.round(statSync(join(OUT, `${name}.png`)).size / 1024);
      process.stdout.write(`  docs/screenshots/${name}.png (${kb} KB)\n`);
    };
    const as = async (email: string, fn: (page: Page) => Promise<void>) => {
      const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      try {
        await page.goto('/');
        await page.getByLabel('Email').fill(email);
        await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password(email));
        if (email.startsWith('admin')) await shot(page, '01-sign-in');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByRole('button', { name: 'Sign out' }).waitFor();
        await fn(page);
      } finally {
        await context.close();
      }
    };

    await as('admin@demo.cybervet.test', async (page) => {
      await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
      // Morgan is listed twice: among the users, and among the locked accounts.
      await page
        .getByRole('table', { name: 'Locked accounts' })
        .getByText('morgan.reyes@demo.cybervet.test')
        .waitFor();
      await shot(page, '02-admin-users', true);
      await page.getByRole('navigation').getByRole('link', { name: 'Designations' }).click();
      await page.getByRole('heading', { name: 'Searcher designations', level: 1 }).waitFor();
      await page
        .getByRole('table', { name: 'Designations expiring within 30 days' })
        .getByRole('row', { name: /Val Validator/ })
        .waitFor();
      await shot(page, '03-admin-designations');
      await page.goto(`/admin/processes/${id.process}`);
      await page.getByRole('tab', { name: 'Checklist' }).click();
      await page.getByText(/^Version 1, saved/).waitFor();
      await shot(page, '04-process-checklist');
      await page.getByRole('tab', { name: 'Assignments' }).click();
      await page.getByRole('row', { name: /Drew Okafor/ }).waitFor();
      await shot(page, '05-process-assignments');
    });

    await as('sam.searcher@demo.cybervet.test', async (page) => {
      await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
      await page
        .getByText(/Drew Okafor/)
        .first()
        .waitFor();
      await shot(page, '06-searcher-my-work');
      await page.goto(`/vettings/${id['Blair Thompson vetting']}`);
      await page.getByRole('heading', { name: 'Vetting: Blair Thompson' }).waitFor();
      await page.getByText(/4 of 8 checklist items logged/).waitFor();
      await shot(page, '07-workbench');
      await page.evaluate(() => {
        document.getElementById('findings-heading')?.scrollIntoView();
        window.scrollBy(0, -80);
      });
      await page.getByRole('link', { name: 'Review flags of finding 1' }).waitFor();
      await shot(page, '08-workbench-findings');
      await page.goto(`/findings/${id['Drew Okafor finding']}/validate`);
      await page.getByRole('heading', { name: 'Validate a finding', level: 1 }).waitFor();
      // The image really displays (decoded), not a broken-image icon. A locator wait, not a
      // string waitForFunction: the app's Content-Security-Policy forbids eval.
      const image = page.getByRole('img', { name: 'Evidence 1: captured image' });
      await image.waitFor();
      for (
        let i = 0;
        !(await image.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 1));
        i++
      ) {
        if (i > 100) throw new Error('the evidence image never displayed');
        await page.waitForTimeout(100);
      }
      await shot(page, '11-validate-finding');
      await page.goto(`/vettings/${id['Casey Nguyen vetting']}`);
      await page.getByRole('heading', { name: 'Vetting: Casey Nguyen' }).waitFor();
      // A second release of the released vetting (a new report version): PENDING, then DONE.
      await page.getByRole('button', { name: 'Release to the panel' }).click();
      const status = page.getByRole('status').filter({ hasText: 'Release status' });
      await status.getByText('PENDING').waitFor();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await shot(page, '12-release-pending');
      await status.getByText('DONE').waitFor({ timeout: 60_000 });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await shot(page, '13-release-done');
    });

    // Independent filter review (the default): Blair's finding is Sam's, so Val reviews it,
    // from the work list, and redacts a span the detector missed, naming the class it reveals.
    await as('val.validator@demo.cybervet.test', async (page) => {
      await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
      await page.getByRole('link', { name: /Review \d+ flags? on Blair Thompson/ }).click();
      await page.getByRole('heading', { name: 'Filter review', level: 1 }).waitFor();
      const flags = page.getByRole('group', { name: /^Flag \d+$/ });
      await flags.first().waitFor();
      await shot(page, '09-filter-review-flags');
      const excerpt = page.getByRole('textbox', { name: 'Excerpt, full text' });
      const text = (await excerpt.textContent()) ?? '';
      const missed = 'St. Brendan';
      const at = text.indexOf(missed);
      if (at < 0) throw new Error(`the excerpt has no “${missed}”: ${text}`);
      await excerpt.focus();
      await page.keyboard.press('Control+Home');
      for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
      for (let i = 0; i < missed.length; i++) await page.keyboard.press('Shift+ArrowRight');
      await page.getByText(`Selected: “${missed}”`).waitFor();
      await page.getByRole('button', { name: 'Redact selection in Excerpt' }).click();
      await page.getByText(`Added redaction: “${missed}”`).waitFor();
      await page.getByLabel(`Protected class of “${missed}”`).selectOption('RELIGION');
      for (let i = 0; i < (await flags.count()); i++)
        await flags.nth(i).getByRole('radio', { name: 'Redact' }).check();
      const preview = page.getByLabel('Preview of Excerpt');
      await preview.getByText(/After \[withheld\] at \[withheld\] \[withheld\]/).waitFor();
      await preview.scrollIntoViewIfNeeded();
      await shot(page, '10-redaction-preview');
    });

    // The oversight pages: the panel's report, the auditor's dashboard, log and verification.
    await as('pat.panel@demo.cybervet.test', async (page) => {
      await page.getByRole('heading', { name: 'My processes', level: 1 }).waitFor();
      await page.getByRole('link', { name: /Patrol Officer/ }).click();
      await page.getByRole('link', { name: 'Casey Nguyen' }).click();
      await page.getByRole('heading', { name: 'Report: Casey Nguyen', level: 1 }).waitFor();
      await page.getByText('Finding 1: Reckless conduct').waitFor();
      await shot(page, '30-panel-report', true);
    });

    await as('auditor@demo.cybervet.test', async (page) => {
      await page.getByRole('heading', { name: 'Uniformity', level: 1 }).waitFor();
      await page.goto(`/audit/uniformity/${id.process}`);
      await page.getByRole('list', { name: 'Deviations' }).waitFor();
      await page.getByRole('region', { name: 'Per searcher' }).locator('svg').first().waitFor();
      await shot(page, '31-uniformity-dashboard', true);
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
      await shot(page, '32-report-viewers');
      await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Load more events' }).waitFor();
      await shot(page, '33-audit-log');
      await page.getByRole('navigation').getByRole('link', { name: 'Chain verification' }).click();
      await page.getByRole('button', { name: 'Verify now' }).click();
      await page.getByText('The chain is intact').waitFor();
      // The button's loader fades out after the answer: wait for it to settle.
      await page.locator('button[data-loading]').waitFor({ state: 'detached' });
      await page.waitForTimeout(500);
      await shot(page, '34-chain-verification');
    });

    await as('records@demo.cybervet.test', async (page) => {
      await page.getByRole('heading', { name: 'Records requests', level: 1 }).waitFor();
      await page.getByText('Due in 2 days').waitFor();
      await shot(page, '35-records-requests', true);
      await page.getByRole('link', { name: 'City Attorney, M. Brandt' }).click();
      await page.getByText(/Done, 100%/).waitFor();
      await shot(page, '36-records-request-with-export', true);
      await page.getByRole('navigation').getByRole('link', { name: 'Legal holds' }).click();
      await page.getByRole('table', { name: 'Released legal holds' }).waitFor();
      await shot(page, '37-records-legal-holds', true);
      await page.getByRole('navigation').getByRole('link', { name: 'Retention preview' }).click();
      await page.getByRole('table', { name: 'Expired records kept by a hold' }).waitFor();
      await shot(page, '38-records-retention-preview', true);
      await page.getByRole('navigation').getByRole('link', { name: 'Exports' }).click();
      await page.getByLabel('Export signing public key').waitFor();
      await shot(page, '39-records-exports', true);
    });
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `docs:screenshots failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
