import { TestApp } from './test-app';

/** Cookies of one browser at the provider, by hand (fetch does not keep any). */
export class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

export interface SsoResult {
  /** Where the app's callback sent the browser: `/` or `/?signInError=…`. */
  location: string;
  /** The app's session cookie (`cybervet_session=…`) when signed in. */
  sessionCookie: string | null;
  error: string | null;
  /** The provider showed its sign-in screen (no provider session yet). */
  promptedLogin: boolean;
  /** The provider's cookies for this browser, for a later sign-in or sign-out there. */
  jar: Jar;
}

/**
 * One single sign-on by HTTP, following every redirect by hand like a browser: the app's start
 * route, the provider's authorization endpoint, its sign-in screen (submitted with `login`),
 * consent, and back to the app's callback with the flow cookie.
 */
export async function ssoSignIn(t: TestApp, login: string, jar = new Jar()): Promise<SsoResult> {
  const start = await t.http().get('/api/auth/oidc/start');
  if (start.status !== 302) throw new Error(`start: ${start.status} ${JSON.stringify(start.body)}`);
  const flowCookie = ([] as string[])
    .concat(start.headers['set-cookie'] ?? [])
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('cybervet_oidc='));
  let promptedLogin = false;
  let url = new URL(start.headers.location);
  const origin = url.origin;
  for (let hop = 0; hop < 15; hop++) {
    if (url.origin !== origin) {
      // Back at the app: the callback.
      const cb = await t
        .http()
        .get(url.pathname + url.search)
        .set('Cookie', flowCookie ?? '');
      if (cb.status !== 302) throw new Error(`callback: ${cb.status} ${JSON.stringify(cb.body)}`);
      const location = cb.headers.location;
      const session =
        ([] as string[])
          .concat(cb.headers['set-cookie'] ?? [])
          .map((c) => c.split(';')[0])
          .find(
            (c) => c.startsWith('cybervet_session=') && c.length > 'cybervet_session='.length,
          ) ?? null;
      const error = new URL(location, 'http://app').searchParams.get('signInError');
      return { location, sessionCookie: session, error, promptedLogin, jar };
    }
    let res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
    jar.take(res);
    if (res.status === 200 && url.pathname.startsWith('/interaction/')) {
      promptedLogin = true;
      res = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ login }).toString(),
      });
      jar.take(res);
    }
    const next = res.headers.get('location');
    if (!next)
      throw new Error(`provider stopped at ${url.href}: ${res.status} ${await res.text()}`);
    url = new URL(next, url);
  }
  throw new Error('too many redirects');
}

/**
 * Follows the provider's sign-out page as a browser would: loads it and submits its form.
 * Returns where the provider sends the browser afterwards (the post-logout redirect).
 */
export async function providerSignOut(logoutUrl: string, jar: Jar): Promise<string> {
  const res = await fetch(logoutUrl, { redirect: 'manual', headers: { cookie: jar.header() } });
  jar.take(res);
  const html = await res.text();
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
  if (!action || !xsrf) throw new Error(`no sign-out form at the provider: ${res.status} ${html}`);
  const done = await fetch(new URL(action.replace(/&amp;/g, '&'), logoutUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
  });
  jar.take(done);
  return done.headers.get('location') ?? `(no redirect: ${done.status})`;
}
