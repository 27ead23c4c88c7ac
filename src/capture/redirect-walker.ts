import { request as httpRequest, IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { RedirectHop } from './capture-manifest';
import { CaptureRefused, hostPort, UrlGuard } from './url-guard';

export class TooManyRedirects extends Error {}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/**
 * Follows the main document's redirects itself, one hop at a time, before the browser opens
 * anything: each hop's host is resolved and checked, the connection goes to the checked
 * address, and only the status and headers are read. The browser's request routing never sees
 * redirect hops (Chromium follows them internally), so this is where they are checked, counted
 * and recorded; the browser then opens the final URL.
 */
export async function walkRedirects(
  guard: UrlGuard,
  start: string,
  maxRedirects: number,
  timeoutMs: number,
): Promise<{ hops: RedirectHop[]; finalUrl: string }> {
  const hops: RedirectHop[] = [];
  let url = start;
  for (;;) {
    let target;
    try {
      target = await guard.checkUrl(url);
    } catch (error) {
      if (error instanceof CaptureRefused && hops.length)
        throw new CaptureRefused(`redirect refused: ${error.reason}`);
      throw error;
    }
    const res = await head(url, target.address, timeoutMs);
    const location = res.headers.location ?? null;
    if (!REDIRECT.has(res.statusCode ?? 0) || !location) return { hops, finalUrl: url };
    hops.push({ url, status: res.statusCode!, location });
    if (hops.length > maxRedirects)
      throw new TooManyRedirects(`more than ${maxRedirects} redirects`);
    url = new URL(location, url).href;
  }
}

/** GET to the pinned address, headers only (the body is not read). */
function head(raw: string, address: string, timeoutMs: number): Promise<IncomingMessage> {
  const url = new URL(raw);
  const { host, port } = hostPort(url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      {
        host: address,
        port,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: {
          host: url.host,
          'user-agent': 'Mozilla/5.0 (cybervet capture)',
          accept: 'text/html,*/*',
        },
        servername: isIP(host) ? undefined : host,
        rejectUnauthorized: false,
        timeout: timeoutMs,
      },
      (res) => {
        resolve(res);
        res.destroy();
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end();
  });
}
