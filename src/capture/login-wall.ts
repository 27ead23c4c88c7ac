/**
 * Whether what the capture browser saw was a login wall: then the content was not public
 * (Wis. Stat. 995.55 allows only content reachable without access information), the capture is
 * NOT_PUBLIC and its files are not evidence.
 */

export interface PageSeen {
  /** The final response's HTTP status. */
  status: number;
  /** The URLs redirected to, in order (not the requested one). */
  redirectedTo: string[];
  /** True when a visible password field is in the page's main content. */
  passwordFieldInMain: boolean;
}

const SIGN_IN_PATH =
  /(^|[/_.-])(log-?in|sign-?in|sign_in|logon|auth|authwall|authenticate|oauth2?|sso|checkpoint|uas)([/_.-]|$)/i;

/** True when a URL looks like a sign-in page (its path, or an `accounts.`/`login.` host). */
export function isSignInUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    SIGN_IN_PATH.test(url.pathname) || /^(login|signin|auth|sso|accounts)\./i.test(url.hostname)
  );
}

/** Why the page was not public, or null. */
export function loginWallReason(seen: PageSeen): string | null {
  if (seen.status === 401) return 'the page answered 401 (authentication required)';
  if (seen.status === 403) return 'the page answered 403 (forbidden without an account)';
  const signIn = seen.redirectedTo.find(isSignInUrl);
  if (signIn) return `the page redirected to a sign-in page (${new URL(signIn).pathname})`;
  if (seen.passwordFieldInMain) return 'the page shows a password field in its main content';
  return null;
}

/**
 * Runs in the page: a visible password field inside <main> (or role=main), or in the body when
 * the page has no main landmark. A string so the server's TypeScript needs no DOM types.
 */
export const PASSWORD_FIELD_PROBE = `(() => {
  const root = document.querySelector('main, [role="main"]') || document.body;
  if (!root) return false;
  return Array.from(root.querySelectorAll('input[type="password" i]')).some((el) => {
    const style = getComputedStyle(el);
    return el.getClientRects().length > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  });
})()`;
