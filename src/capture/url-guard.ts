import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { CaptureSettings } from '../config/capture-settings';
import { classifyAddress, refusedHostName } from './address-policy';

/** A capture refused by the network rules; `reason` names the rule (and never a URL's path). */
export class CaptureRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export type Lookup = (host: string) => Promise<{ address: string; family: number }[]>;

/** The system resolver, every address (A and AAAA), in the order it answers. */
export const systemLookup: Lookup = (host) => dnsLookup(host, { all: true, verbatim: true });

/** Where a checked connection goes: the one address checked, which is the one connected to. */
export interface CheckedTarget {
  host: string;
  port: number;
  /** Every address the name resolved to (each one passed the check). */
  addresses: string[];
  /** The address connected to (pinned: no second lookup can swap it). */
  address: string;
  /** True when the host:port is on CAPTURE_ALLOW_HOSTS (tests only). */
  allowListed: boolean;
}

const SCHEMES = new Set(['http:', 'https:']);

/**
 * The network rules of a capture: only http and https, only the configured ports, no
 * credentials in the URL, and every address the host resolves to must be public. The app
 * resolves names itself (all addresses, not just the first) so a name with one public and
 * one private address is refused.
 */
export class UrlGuard {
  constructor(
    private readonly settings: CaptureSettings,
    private readonly lookup: Lookup = systemLookup,
  ) {}

  /** Checks without DNS what can be checked at once (scheme, port, literal address, name). */
  precheck(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new CaptureRefused('not a valid absolute URL');
    }
    if (!SCHEMES.has(url.protocol))
      throw new CaptureRefused(
        `only http and https pages are captured (not ${url.protocol.replace(/:$/, '')})`,
      );
    if (url.username || url.password)
      throw new CaptureRefused('a URL carrying a user name or password is never opened');
    const { host, port } = hostPort(url);
    if (this.allowListed(host, port)) return url;
    const named = refusedHostName(host);
    if (named) throw new CaptureRefused(named);
    if (isIP(host)) this.checkAddress(host, host);
    this.checkPort(host, port);
    return url;
  }

  /** The full check of a URL: precheck, then every resolved address. */
  async checkUrl(raw: string): Promise<CheckedTarget> {
    const url = this.precheck(raw);
    const { host, port } = hostPort(url);
    return this.checkHost(host, port);
  }

  /** The check of a host and port (the proxy's CONNECT and every request it forwards). */
  async checkHost(rawHost: string, port: number): Promise<CheckedTarget> {
    const host = rawHost.replace(/^\[|\]$/g, '').toLowerCase();
    const allowListed = this.allowListed(host, port);
    if (!allowListed) {
      const named = refusedHostName(host);
      if (named) throw new CaptureRefused(named);
      if (isIP(host)) this.checkAddress(host, host);
      this.checkPort(host, port);
    }
    let addresses: string[];
    if (isIP(host)) addresses = [host];
    else {
      try {
        addresses = (await this.lookup(host)).map((a) => a.address);
      } catch (error) {
        throw new CaptureRefused(
          `${host} did not resolve (${(error as NodeJS.ErrnoException).code ?? 'DNS error'})`,
        );
      }
      if (addresses.length === 0) throw new CaptureRefused(`${host} did not resolve`);
    }
    if (!allowListed) for (const a of addresses) this.checkAddress(host, a);
    return { host, port, addresses, address: addresses[0], allowListed };
  }

  private allowListed(host: string, port: number): boolean {
    const h = isIP(host) === 6 ? `[${host}]` : host;
    return this.settings.allowHosts.has(`${h}:${port}`);
  }

  private checkPort(host: string, port: number): void {
    if (!this.settings.ports.has(port))
      throw new CaptureRefused(
        `port ${port} of ${host} is not allowed (captures use ports ${[...this.settings.ports].join(', ')})`,
      );
  }

  private checkAddress(host: string, address: string): void {
    const verdict = classifyAddress(address);
    if (!verdict.allowed)
      throw new CaptureRefused(
        host === address ? verdict.reason : `${host} resolves to ${verdict.reason}`,
      );
  }
}

export function hostPort(url: URL): { host: string; port: number } {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return { host, port };
}
