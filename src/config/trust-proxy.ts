import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';

/** What Express's `trust proxy` setting accepts, as TRUST_PROXY configures it. */
export type TrustProxy = boolean | number | string[];

/** The names Express (proxy-addr) accepts for well-known ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  if (isIP(entry) !== 0) return true;
  const slash = entry.indexOf('/');
  if (slash < 0) return false;
  const address = entry.slice(0, slash);
  const bits = entry.slice(slash + 1);
  if (isIP(address) === 0 || !/^\d{1,3}$/.test(bits)) return false;
  return ipaddr.isValidCIDR(entry);
}

/**
 * Parses TRUST_PROXY with Express's semantics: `false` (the default: only the socket address
 * counts), `true` (trust every hop: only behind a proxy that overwrites X-Forwarded-For), a hop
 * count, or a comma-separated list of addresses, CIDR ranges and the names loopback, linklocal,
 * uniquelocal. Returns null when the value is none of these.
 */
export function parseTrustProxy(raw: string): TrustProxy | null {
  const value = raw.trim().toLowerCase();
  if (value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= 32 ? hops : null;
  }
  const entries = value.split(',').map((e) => e.trim());
  if (entries.length === 0 || entries.some((e) => !isAddressOrCidr(e))) return null;
  return entries;
}
