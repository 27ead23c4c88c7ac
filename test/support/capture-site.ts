import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/** A 1x1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export interface CaptureSite {
  /** http://127.0.0.1:<port> — the only host:port on CAPTURE_ALLOW_HOSTS. */
  base: string;
  hostPort: string;
  /** http://127.0.0.2:<port> — loopback too, but not allowed: nothing may ever reach it. */
  otherBase: string;
  /** Requests that reached the server on 127.0.0.2 (must stay 0). */
  otherHits: string[];
  hits: string[];
  close(): Promise<void>;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port)),
  );
}

/**
 * Local pages for the capture tests, on 127.0.0.1 only, plus a second server on 127.0.0.2 that
 * counts what reaches it: a refused redirect or subresource must never get there. Tests send no
 * traffic outside 127.0.0.0/8.
 */
export async function startCaptureSite(): Promise<CaptureSite> {
  const hits: string[] = [];
  const otherHits: string[] = [];
  const hanging: ServerResponse[] = [];
  let otherBase = '';
  const main = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    hits.push(path);
    const html = (status: number, body: string) =>
      res
        .writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'x-site': 'capture-test' })
        .end(body);
    switch (path) {
      case '/public':
        return html(
          200,
          page(
            'Public post',
            '<main><h1>Public post</h1><p>If my neighbor parks there again I will put a bullet in his truck.</p><img src="/pixel.png" alt="pixel"></main>',
          ),
        );
      case '/pixel.png':
        return res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      case '/login-form':
        return html(
          200,
          page(
            'Sign in',
            '<main><h1>Log in to see this post</h1><form><label>Email <input name="email"></label><label>Password <input type="password" name="pw"></label><button>Log in</button></form></main>',
          ),
        );
      case '/members':
        return html(401, page('Members only', '<main><p>Members only</p></main>'));
      case '/walled':
        return res.writeHead(302, { location: '/accounts/login?next=%2Fwalled' }).end();
      case '/accounts/login?next=%2Fwalled':
        return html(200, page('Welcome', '<main><p>Welcome back</p></main>'));
      case '/r1':
        return res.writeHead(302, { location: '/r2' }).end();
      case '/r2':
        return res.writeHead(301, { location: '/r3' }).end();
      case '/r3':
        return res.writeHead(302, { location: '/public' }).end();
      case '/loop':
        return res.writeHead(302, { location: '/loop-2' }).end();
      case '/to-other':
        return res.writeHead(302, { location: `${otherBase}/public` }).end();
      case '/with-foreign-image':
        return html(
          200,
          page(
            'Image elsewhere',
            `<main><h1>Image elsewhere</h1><img src="${otherBase}/pixel.png" alt="elsewhere"></main>`,
          ),
        );
      case '/never':
        return html(
          200,
          page('Slow', '<main><h1>Slow</h1><img src="/hang.png" alt="never arrives"></main>'),
        );
      case '/hang.png':
        hanging.push(res);
        return;
      default:
        if (path.startsWith('/loop-')) {
          const n = Number(path.slice(6));
          return res.writeHead(302, { location: `/loop-${n + 1}` }).end();
        }
        return html(404, page('Not found', '<main>Not found</main>'));
    }
  });
  const other = createServer((req, res) => {
    otherHits.push(req.url ?? '/');
    res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
  });
  const port = await listen(main, '127.0.0.1');
  const otherPort = await listen(other, '127.0.0.2');
  otherBase = `http://127.0.0.2:${otherPort}`;
  return {
    base: `http://127.0.0.1:${port}`,
    hostPort: `127.0.0.1:${port}`,
    otherBase,
    otherHits,
    hits,
    async close() {
      for (const r of hanging) r.destroy();
      main.closeAllConnections();
      other.closeAllConnections();
      await Promise.all([new Promise((r) => main.close(r)), new Promise((r) => other.close(r))]);
    },
  };
}
