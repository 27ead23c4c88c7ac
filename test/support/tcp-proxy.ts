import { AddressInfo, createConnection, createServer, Server, Socket } from 'node:net';
import { PG_SERVER_URL } from './test-env';

/**
 * A TCP proxy in front of a real server (Redis, PostgreSQL) that a test can take down and bring
 * back, so one app sees an outage while the other test files, sharing the same server, do not.
 *
 * Two kinds of outage:
 * - `down()`: the server "stops": open connections drop and new ones are refused at once;
 * - `blackhole()`: the network "hangs": open connections stop carrying bytes and new ones are
 *   accepted but never answered, so only the client's own timeouts end the wait.
 */
export class TcpProxy {
  private server!: Server;
  private sockets = new Set<Socket>();
  private held = new Set<Socket>();
  private mode: 'up' | 'down' | 'blackhole' = 'up';
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<this> {
    this.server = createServer((client) => {
      client.on('error', () => client.destroy());
      if (this.mode === 'down') {
        client.destroy();
        return;
      }
      if (this.mode === 'blackhole') {
        this.hold(client);
        return;
      }
      const upstream = createConnection(this.target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** The server stops: open connections drop and new ones are refused. */
  down(): void {
    this.mode = 'down';
    for (const s of [...this.sockets, ...this.held]) s.destroy();
  }

  /** The network hangs: nothing more is carried, and new connections are held unanswered. */
  blackhole(): void {
    this.mode = 'blackhole';
    for (const s of this.sockets) {
      s.unpipe();
      s.pause();
      this.held.add(s);
    }
  }

  /** Service returns. Connections held by a black hole are dropped (as a real network would time them out). */
  up(): void {
    this.mode = 'up';
    for (const s of this.held) s.destroy();
    this.held.clear();
  }

  async stop(): Promise<void> {
    this.down();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private hold(s: Socket): void {
    this.held.add(s);
    s.pause();
    s.on('close', () => this.held.delete(s));
  }
}

/** A proxy in front of the test run's Redis. */
export class RedisProxy extends TcpProxy {
  constructor(target = { host: '127.0.0.1', port: 6379 }) {
    super(target);
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }
}

/** A proxy in front of the test run's PostgreSQL server. */
export class PostgresProxy extends TcpProxy {
  private static readonly server = new URL(PG_SERVER_URL);

  constructor() {
    super({
      host: PostgresProxy.server.hostname,
      port: Number(PostgresProxy.server.port || 5432),
    });
  }

  /** The URL of database `name` through this proxy. */
  url(name: string): string {
    const u = new URL(PG_SERVER_URL);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    u.pathname = `/${name}`;
    return u.toString();
  }
}
