/**
 * Capture time for a local page (127.0.0.1 only: no traffic leaves the machine), p50 and p95,
 * with one capture at a time and with two at once, beside a baseline measured in the same run:
 * a bare Playwright launch + page.goto + full-page screenshot of the same page, with no proxy,
 * no address checks, no PDF or MHTML. The capture figures are the real code path
 * (captureInBrowser: redirect walk, pinning proxy, request routing, PNG + PDF + MHTML).
 *
 *   npm run bench:capture   (CAPTURE_BENCH_RUNS, default 12, per series)
 */
import { chromium } from 'playwright-core';
import { captureInBrowser } from '../src/capture/capture-browser';
import { UrlGuard } from '../src/capture/url-guard';
import { parseCaptureSettings } from '../src/config/capture-settings';
import { startCaptureSite } from '../test/support/capture-site';

const BROWSER = process.env.CAPTURE_BROWSER ?? '/usr/bin/chromium';
const RUNS = Number(process.env.CAPTURE_BENCH_RUNS ?? 12);

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function report(name: string, ms: number[]): void {
  const s = [...ms].sort((a, b) => a - b);
  console.log(
    `${name.padEnd(50)} n=${String(s.length).padStart(3)}  p50 ${pct(s, 50).toFixed(0).padStart(6)} ms  p95 ${pct(s, 95).toFixed(0).padStart(6)} ms`,
  );
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function series(concurrency: number, one: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < RUNS; i += concurrency)
    out.push(...(await Promise.all(Array.from({ length: concurrency }, () => timed(one)))));
  return out;
}

async function main(): Promise<void> {
  const site = await startCaptureSite();
  const settings = parseCaptureSettings({
    CAPTURE_PORTS: '80,443',
    CAPTURE_ALLOW_HOSTS: site.hostPort,
    NODE_ENV: 'test',
  });
  if (typeof settings === 'string') throw new Error(settings);
  const guard = new UrlGuard(settings);
  const url = `${site.base}/public`;

  const baseline = async () => {
    const browser = await chromium.launch({
      executablePath: BROWSER,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.screenshot({ fullPage: true });
    } finally {
      await browser.close();
    }
  };
  const capture = async () => {
    const r = await captureInBrowser({
      url,
      browserPath: BROWSER,
      timeoutMs: 30_000,
      maxBytes: 50 * 1024 * 1024,
      guard,
    });
    if (r.kind !== 'seen' || !r.page.files)
      throw new Error(`capture did not succeed: ${JSON.stringify(r)}`);
  };

  await baseline(); // warm the disk cache for both
  await capture();
  console.log(`Capture of ${url} (${RUNS} runs per series, ${BROWSER})`);
  const b1 = await series(1, baseline);
  const c1 = await series(1, capture);
  const b2 = await series(2, baseline);
  const c2 = await series(2, capture);
  report('baseline: launch + goto + screenshot, 1 at once', b1);
  report('capture (PNG + PDF + MHTML, checks), 1 at once', c1);
  report('baseline, 2 at once', b2);
  report('capture, 2 at once', c2);
  const median = (xs: number[]) =>
    pct(
      [...xs].sort((a, b) => a - b),
      50,
    );
  console.log(
    `capture / baseline at p50: ${(median(c1) / median(b1)).toFixed(2)}x (1 at once), ${(median(c2) / median(b2)).toFixed(2)}x (2 at once)`,
  );
  await site.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
