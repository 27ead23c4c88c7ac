import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { startTestApp, TestApp, TEST_PASSWORD } from '../../support/test-app';

const ROOT = resolve(__dirname, '../../..');
export const CHROMIUM = '/usr/bin/chromium';
const RESULTS = join(ROOT, 'test-results');

export interface BrowserApp {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds the web app into a scratch folder (so parallel files never share a half-written
 * build), boots the real server on it with a throwaway database, listening on a free port,
 * and launches Debian's Chromium. The server itself serves the UI (WEB_DIST_DIR).
 */
export async function startBrowserApp(
  env: Record<string, string> = {},
  port = 0,
): Promise<BrowserApp> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)`);
  }
  const dist = mkdtempSync(join(tmpdir(), 'cybervet-web-'));
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      dist,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: join(ROOT, 'web'), stdio: 'pipe' },
  );
  const t = await startTestApp({ WEB_DIST_DIR: dist, ...env });
  await t.app.listen(port, '127.0.0.1');
  const { port: listening } = t.app.getHttpServer().address() as AddressInfo;
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
  return {
    t,
    baseUrl: `http://127.0.0.1:${listening}`,
    browser,
    async close() {
      await browser.close();
      await t.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

export async function newPage(app: BrowserApp): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({
    baseURL: app.baseUrl,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => process.stderr.write(`[browser] page error: ${e.message}\n`));
  page.on('console', (m) => {
    // Refusals (4xx) are part of the journeys; Chromium logs each as a failed resource load.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      process.stderr.write(`[browser] console: ${m.text()}\n`);
  });
  page.setDefaultTimeout(15_000);
  return { context, page };
}

export async function signIn(page: Page, email: string, password = TEST_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/**
 * Runs axe on the page as it is now and saves a screenshot under test-results/<journey>/.
 * Fails on any serious or critical violation, naming the rule and the elements.
 */
export async function checkPage(page: Page, journey: string, step: string): Promise<void> {
  const dir = join(RESULTS, journey);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${step}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const detail = bad
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join('\n  ')}`,
      )
      .join('\n');
    throw new Error(`axe found serious or critical violations on ${journey}/${step}:\n${detail}`);
  }
}

/** On a failed step: a screenshot of what the person would have seen, under test-results/failures/. */
export async function saveFailure(page: Page, name: string): Promise<void> {
  const dir = join(RESULTS, 'failures');
  mkdirSync(dir, { recursive: true });
  await page
    .screenshot({
      path: join(dir, `${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}.png`),
      fullPage: true,
    })
    .catch(() => undefined);
}

/** A port free right now, for a server whose address must be known before it starts (SSO). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}
