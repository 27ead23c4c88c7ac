import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface IdpAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  /** What the ID token's `amr` says about how the person signed in at the provider. */
  amr?: string[];
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The people the provider knows, by subject; tests add to it. */
  accounts: Map<string, IdpAccount>;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small accessible HTML page for the provider's own screens (the browser journey sees them). */
function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
}

/**
 * A real OpenID provider (`oidc-provider`, the certified implementation) on 127.0.0.1, with a
 * minimal sign-in screen of its own: the person types their subject ("Username") and is signed
 * in with the `amr` their account lists; consent is granted for the requested scopes.
 */
export async function startTestIdp(opts: {
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}): Promise<TestIdp> {
  const accounts = new Map<string, IdpAccount>();
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'cybervet-test';
  const clientSecret = 'a-test-client-secret-that-is-long-enough-for-hs256';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: opts.redirectUris,
        post_logout_redirect_uris: opts.postLogoutRedirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return Promise.resolve(undefined);
      // `amr` is how they signed in (set at login below), not a claim of the account.
      const claims = { ...account };
      delete claims.amr;
      return Promise.resolve({ accountId: sub, claims: () => ({ sub, ...claims }) });
    },
    claims: { openid: ['sub', 'amr'], email: ['email', 'email_verified'], profile: ['name'] },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.body = page(
            'Sign out of the test provider',
            `${form}<p>Sign out of the test identity provider?</p><button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>`,
          );
        },
      },
    },
    pkce: { required: () => true },
    cookies: { keys: ['cybervet-test-idp-cookie-key'] },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // The test's own screens stand in for a real login page; keep the logs quiet.
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Provider error', `<pre>${esc(JSON.stringify(out))}</pre>`);
    },
  });
  provider.on('server_error', (_ctx: unknown, err: Error) =>
    process.stderr.write(`[idp] ${err.stack ?? err.message}\n`),
  );
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    const { uid, prompt, params } = details;
    if (prompt.name === 'consent') {
      const accountId = details.session!.accountId;
      const grant = details.grantId
        ? (await provider.Grant.find(details.grantId))!
        : new provider.Grant({ accountId, clientId: params.client_id as string });
      grant.addOIDCScope(String(params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        {
          mergeWithLastSubmission: true,
        },
      );
      return;
    }
    if (req.method === 'POST') {
      const body = await new Promise<string>((resolve) => {
        let s = '';
        req.on('data', (c: Buffer) => (s += c.toString()));
        req.on('end', () => resolve(s));
      });
      const login = new URLSearchParams(body).get('login') ?? '';
      const account = accounts.get(login);
      if (!account) {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(
          page('Sign in to the test provider', `<p role="alert">Unknown user ${esc(login)}</p>`),
        );
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: login, ...(account.amr && { amr: account.amr }) } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      page(
        'Sign in to the test provider',
        `<form method="post" action="/interaction/${esc(uid)}"><label for="login">Username</label> <input id="login" name="login" autocomplete="username"> <button type="submit">Continue</button></form>`,
      ),
    );
  }

  handler = (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interaction(req, res).catch((error: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(error.message);
      });
      return;
    }
    void callback(req, res);
  };

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
