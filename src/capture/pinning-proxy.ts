import {
  createServer,
  IncomingMessage,
  request as httpRequest,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo, connect, Socket } from 'node:net';
import { CaptureRefused, UrlGuard } from './url-guard';

export interface ProxyBlock {
  url: string;
  reason: string;
}

/**
 * The capture browser's only way out: an HTTP proxy on 127.0.0.1 that the browser must use for
 * every request (plain HTTP forwarded, HTTPS tunnelled with CONNECT). For each connection it
 * resolves the host itself, checks every address, and connects to the address it checked, so a
 * DNS answer that changes between the check and the connection (rebinding) cannot redirect it.
 * TLS stays end to end between the browser and the site. It also counts every byte the page
 * downloads and cuts the capture off at the size cap.
 */
export class PinningProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  readonly blocked: ProxyBlock[] = [];
  /** Host and address of every connection made, in order (the manifest lists them). */
  readonly connections: { host: string; port: number; address: string }[] = [];
  /** Connections the browser tried that no page request asked for (refused without a lookup). */
  readonly browserOwn: string[] = [];
  private readonly approved = new Set<string>();
  bytes = 0;
  exceeded = false;

  constructor(
    private readonly guard: UrlGuard,
    private readonly maxBytes: number,
  ) {}

  async start(): Promise<number> {
    const server = createServer((req, res) => void this.forward(req, res));
    server.on(
      'connect',
      (req: IncomingMessage, socket: Socket, head: Buffer) => void this.tunnel(req, socket, head),
    );
    server.on('connection', (s: Socket) => this.track(s));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /**
   * Lets the browser connect to host:port: called once the capture has checked a request the
   * page makes. Anything else (the browser's own update, time or sign-in traffic) is refused
   * without even a DNS lookup.
   */
  approve(host: string, port: number): void {
    this.approved.add(`${host.replace(/^\[|\]$/g, '').toLowerCase()}:${port}`);
  }

  isApproved(host: string, port: number): boolean {
    return this.approved.has(`${host.replace(/^\[|\]$/g, '').toLowerCase()}:${port}`);
  }

  private track(s: Socket): void {
    this.sockets.add(s);
    s.on('close', () => this.sockets.delete(s));
    s.on('error', () => undefined);
  }

  private count(n: number): void {
    this.bytes += n;
    if (this.bytes > this.maxBytes && !this.exceeded) {
      this.exceeded = true;
      for (const s of this.sockets) s.destroy();
    }
  }

  private refuse(url: string, error: unknown): string {
    const reason = error instanceof CaptureRefused ? error.reason : String(error);
    this.blocked.push({ url, reason });
    return reason;
  }

  private async forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
      if (url.protocol !== 'http:') throw new CaptureRefused('the proxy forwards only http');
    } catch (error) {
      res.writeHead(400).end(this.refuse(req.url ?? '', error));
      return;
    }
    let target;
    const port = url.port ? Number(url.port) : 80;
    if (!this.isApproved(url.hostname, port)) {
      this.browserOwn.push(`${url.hostname}:${port}`);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('not requested by the page');
      return;
    }
    try {
      target = await this.guard.checkHost(url.hostname, port);
    } catch (error) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end(this.refuse(url.href, error));
      return;
    }
    if (this.exceeded) return void res.destroy();
    this.connections.push({ host: target.host, port: target.port, address: target.address });
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    delete headers['proxy-authorization'];
    const upstream = httpRequest(
      {
        host: target.address,
        port: target.port,
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers,
        setHost: false,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.statusMessage, up.rawHeaders);
        up.on('data', (chunk: Buffer) => this.count(chunk.length));
        up.pipe(res);
      },
    );
    upstream.on('socket', (s) => this.track(s));
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  }

  private async tunnel(req: IncomingMessage, socket: Socket, head: Buffer): Promise<void> {
    const authority = req.url ?? '';
    const at = authority.lastIndexOf(':');
    const host = authority.slice(0, at);
    const port = Number(authority.slice(at + 1));
    let target;
    if (at > 0 && !this.isApproved(host, port)) {
      this.browserOwn.push(`${host}:${port}`);
      socket.end(
        'HTTP/1.1 403 Forbidden\r\ncontent-type: text/plain\r\n\r\nnot requested by the page',
      );
      return;
    }
    try {
      if (at <= 0 || !Number.isInteger(port)) throw new CaptureRefused('malformed CONNECT');
      target = await this.guard.checkHost(host, port);
    } catch (error) {
      const reason = this.refuse(`https://${authority}/`, error);
      socket.end(`HTTP/1.1 403 Forbidden\r\ncontent-type: text/plain\r\n\r\n${reason}`);
      return;
    }
    if (this.exceeded) return void socket.destroy();
    this.connections.push({ host: target.host, port: target.port, address: target.address });
    const upstream = connect(target.port, target.address, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.on('data', (chunk: Buffer) => this.count(chunk.length));
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    this.track(upstream);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  }
}
