import { chromium, Request, Response } from 'playwright-core';
import { BlockedRequest, RedirectHop, TlsRecord } from './capture-manifest';
import { loginWallReason, PASSWORD_FIELD_PROBE } from './login-wall';
import { PinningProxy } from './pinning-proxy';
import { TooManyRedirects, walkRedirects } from './redirect-walker';
import { readPeerCertificate } from './tls-certificate';
import { CaptureRefused, hostPort, UrlGuard } from './url-guard';

export const MAX_REDIRECTS = 5;

/**
 * Chromium's flags for a capture: headless, no extensions, nothing that phones home
 * (background networking, component updates, sync, safe-browsing pings, metrics, DNS prefetch),
 * no QUIC (UDP would not pass the proxy), every request through the pinning proxy (loopback
 * too), and no host name ever resolved by the browser itself.
 */
export function captureBrowserArgs(proxyPort: number): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--no-first-run',
    '--no-pings',
    '--disable-quic',
    '--dns-prefetch-disable',
    '--disable-features=NetworkPrediction,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication',
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
    '--proxy-bypass-list=<-loopback>',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  ];
}

export interface BrowserCaptureOptions {
  url: string;
  browserPath: string;
  timeoutMs: number;
  maxBytes: number;
  guard: UrlGuard;
  /** Leave out the PNG, PDF and MHTML (the benchmark's page-only runs). */
  skipFiles?: boolean;
}

export interface PageObservation {
  notPublicReason: string | null;
  finalUrl: string;
  redirects: RedirectHop[];
  response: { status: number; statusText: string; headers: { name: string; value: string }[] };
  tls: TlsRecord | null;
  tlsNote: string;
  connections: { host: string; port: number; address: string }[];
  blockedRequests: BlockedRequest[];
  browserOwnRequestsRefused: string[];
  browser: { product: string; version: string; userAgent: string; profile: string };
  startedAt: string;
  capturedAt: string;
  bytesDownloaded: number;
  files: { screenshot: Buffer; pdf: Buffer; mhtml: Buffer } | null;
}

export type BrowserCaptureResult =
  | { kind: 'seen'; page: PageObservation }
  | { kind: 'refused'; reason: string; blockedRequests: BlockedRequest[] }
  | { kind: 'failed'; reason: string };

async function redirectChain(final: Request): Promise<RedirectHop[]> {
  const hops: RedirectHop[] = [];
  for (let r = final.redirectedFrom(); r; r = r.redirectedFrom()) {
    const res = await r.response();
    hops.unshift({
      url: r.url(),
      status: res?.status() ?? 0,
      location: res ? ((await res.headerValue('location')) ?? null) : null,
    });
  }
  return hops;
}

async function tlsOf(
  response: Response,
  guard: UrlGuard,
  timeoutMs: number,
): Promise<{ tls: TlsRecord | null; tlsNote: string }> {
  const url = new URL(response.url());
  if (url.protocol !== 'https:')
    return {
      tls: null,
      tlsNote: 'The page was served over plain http: there was no TLS and no certificate.',
    };
  const details = await response.securityDetails();
  const { host, port } = hostPort(url);
  const tls: TlsRecord = {
    protocol: details?.protocol ?? null,
    subject: details?.subjectName ?? null,
    issuer: details?.issuer ?? null,
    validFrom: details?.validFrom ? new Date(details.validFrom * 1000).toISOString() : null,
    validTo: details?.validTo ? new Date(details.validTo * 1000).toISOString() : null,
    sha256Fingerprint: null,
    fingerprintSource: 'not read',
  };
  try {
    const cert = await readPeerCertificate(guard, host, port, Math.min(timeoutMs, 10_000));
    tls.sha256Fingerprint = cert.sha256Fingerprint;
    tls.fingerprintSource = `the server's own TLS handshake with the same checked address right after the page loaded (subject ${cert.subject}; issuer ${cert.issuer})`;
  } catch (error) {
    tls.fingerprintSource = `could not be read: ${(error as Error).message}`;
  }
  return {
    tls,
    tlsNote: "Subject, issuer and validity are from the browser's own connection.",
  };
}

/**
 * Opens one URL in a fresh headless Chromium (a new process with a new, empty profile: no
 * cookies, no stored credentials, no extensions, downloads refused) and records what it saw.
 * Every request the page makes passes the network rules twice: in the browser's request
 * routing (so a refused one is recorded with its URL) and again in the pinning proxy that
 * makes the connection. Nest-free, so the benchmark runs exactly this.
 */
export async function captureInBrowser(opts: BrowserCaptureOptions): Promise<BrowserCaptureResult> {
  const startedAt = new Date().toISOString();
  try {
    await opts.guard.checkUrl(opts.url);
  } catch (error) {
    if (error instanceof CaptureRefused)
      return { kind: 'refused', reason: error.reason, blockedRequests: [] };
    throw error;
  }
  let walked: { hops: RedirectHop[]; finalUrl: string };
  try {
    walked = await walkRedirects(opts.guard, opts.url, MAX_REDIRECTS, opts.timeoutMs);
  } catch (error) {
    if (error instanceof TooManyRedirects) return { kind: 'failed', reason: error.message };
    if (error instanceof CaptureRefused)
      return { kind: 'refused', reason: error.reason, blockedRequests: [] };
    return { kind: 'failed', reason: `the page could not be opened: ${(error as Error).message}` };
  }
  const proxy = new PinningProxy(opts.guard, opts.maxBytes);
  const proxyPort = await proxy.start();
  const final = hostPort(new URL(walked.finalUrl));
  proxy.approve(final.host, final.port);
  const blocked: BlockedRequest[] = [];
  let mainRefusal: string | null = null;
  const browser = await chromium.launch({
    executablePath: opts.browserPath,
    headless: true,
    args: captureBrowserArgs(proxyPort),
    timeout: opts.timeoutMs,
  });
  const hardStop = setTimeout(() => void browser.close(), opts.timeoutMs * 3 + 20_000);
  try {
    const context = await browser.newContext({
      acceptDownloads: false,
      serviceWorkers: 'block',
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    const page = await context.newPage();
    await context.route('**/*', async (route) => {
      const req = route.request();
      const main = req.isNavigationRequest() && req.frame() === page.mainFrame();
      try {
        const target = await opts.guard.checkUrl(req.url());
        proxy.approve(target.host, target.port);
      } catch (error) {
        if (!(error instanceof CaptureRefused)) throw error;
        blocked.push({ url: req.url(), resourceType: req.resourceType(), reason: error.reason });
        if (main) mainRefusal ??= error.reason;
        return route.abort('blockedbyclient');
      }
      await route.continue();
    });
    let response: Response | null;
    try {
      response = await page.goto(walked.finalUrl, { waitUntil: 'load', timeout: opts.timeoutMs });
    } catch (error) {
      if (mainRefusal) return { kind: 'refused', reason: mainRefusal, blockedRequests: blocked };
      if (proxy.exceeded)
        return { kind: 'failed', reason: `the page downloaded more than ${opts.maxBytes} bytes` };
      const message = (error as Error).message.split('\n')[0];
      if ((error as Error).name === 'TimeoutError')
        return {
          kind: 'failed',
          reason: `the page did not finish loading within ${opts.timeoutMs / 1000} s`,
        };
      return { kind: 'failed', reason: `the page could not be opened: ${message}` };
    }
    if (mainRefusal) return { kind: 'refused', reason: mainRefusal, blockedRequests: blocked };
    if (!response) return { kind: 'failed', reason: 'the browser received no response' };
    if (proxy.exceeded)
      return { kind: 'failed', reason: `the page downloaded more than ${opts.maxBytes} bytes` };
    // The site may redirect again when the browser comes: those hops passed the proxy, which
    // connects only to hosts the capture checked; one it refused is a refused redirect.
    const browserHops = await redirectChain(response.request());
    const redirects = [...walked.hops, ...browserHops];
    if (redirects.length > MAX_REDIRECTS)
      return { kind: 'failed', reason: `more than ${MAX_REDIRECTS} redirects` };
    const last = hostPort(new URL(response.url()));
    if (browserHops.length && !proxy.isApproved(last.host, last.port))
      return {
        kind: 'refused',
        reason: `redirect refused: the site sent the browser on to ${last.host}:${last.port}, which the capture had not checked`,
        blockedRequests: blocked,
      };
    const passwordFieldInMain = await page.evaluate<boolean>(PASSWORD_FIELD_PROBE);
    const notPublicReason = loginWallReason({
      status: response.status(),
      redirectedTo: redirects.length
        ? [...redirects.slice(1).map((h) => h.url), response.url()]
        : [],
      passwordFieldInMain,
    });
    const capturedAt = new Date().toISOString();
    let files: PageObservation['files'] = null;
    if (!notPublicReason && !opts.skipFiles) {
      const screenshot = await page.screenshot({
        fullPage: true,
        type: 'png',
        timeout: opts.timeoutMs,
      });
      const cdp = await context.newCDPSession(page);
      const snapshot = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
      const pdf = await page.pdf({ printBackground: true });
      files = { screenshot, pdf, mhtml: Buffer.from(snapshot.data, 'utf8') };
    }
    for (const b of proxy.blocked)
      if (!blocked.some((x) => x.url === b.url))
        blocked.push({ url: b.url, resourceType: 'connection', reason: b.reason });
    return {
      kind: 'seen',
      page: {
        notPublicReason,
        finalUrl: response.url(),
        redirects,
        response: {
          status: response.status(),
          statusText: response.statusText(),
          headers: (await response.headersArray()).map((h) => ({ name: h.name, value: h.value })),
        },
        ...(await tlsOf(response, opts.guard, opts.timeoutMs)),
        connections: proxy.connections,
        blockedRequests: blocked,
        browserOwnRequestsRefused: [...new Set(proxy.browserOwn)],
        browser: {
          product: 'Chromium (headless)',
          version: browser.version(),
          userAgent: await page.evaluate<string>('navigator.userAgent'),
          profile:
            'a new, empty profile for this capture only: no cookies, no stored credentials, no extensions, downloads refused',
        },
        startedAt,
        capturedAt,
        bytesDownloaded: proxy.bytes,
        files,
      },
    };
  } finally {
    clearTimeout(hardStop);
    await browser.close().catch(() => undefined);
    await proxy.close();
  }
}
