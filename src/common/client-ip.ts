import ipaddr from 'ipaddr.js';
import { isIP } from 'node:net';

/**
 * The client address as stored in the audit log and used for rate limits: a parsed IP in
 * canonical form (IPv4-mapped IPv6 becomes plain IPv4), or null for anything that is not one.
 * `net.isIP` is strict (no "1.2" or "0x7f.1" shorthands), ipaddr.js normalises.
 */
export function parseClientIp(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 64 || isIP(value) === 0) return null;
  try {
    return ipaddr.process(value).toString();
  } catch {
    return null;
  }
}
