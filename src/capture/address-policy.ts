import ipaddr from 'ipaddr.js';

/**
 * Which resolved addresses a capture may connect to. Only public unicast: anything that could
 * reach the department's own network, the host itself or a cloud provider's metadata service is
 * refused. Pure (no DNS, no sockets), so every rule is unit-tested without connecting anywhere.
 */

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

/** Cloud metadata services, named so the refusal says what was attempted. */
const METADATA_ADDRESSES = new Map<string, string>([
  ['169.254.169.254', 'cloud metadata service (AWS, GCP, Azure, OpenStack)'],
  ['169.254.170.2', 'cloud metadata service (AWS ECS task credentials)'],
  ['100.100.100.200', 'cloud metadata service (Alibaba Cloud)'],
  ['fd00:ec2::254', 'cloud metadata service (AWS IPv6)'],
]);

/** Host names that are metadata services or the machine itself, refused before any lookup. */
const REFUSED_NAMES = [
  /^localhost\.?$/i,
  /\.localhost\.?$/i,
  /^metadata\.google\.internal\.?$/i,
  /^metadata\.goog\.?$/i,
  /^metadata\.?$/i,
  /^instance-data(\.ec2\.internal)?\.?$/i,
];

/** Ranges ipaddr.js calls "unicast" that are still not the public internet. */
const EXTRA_V4: [string, string][] = [
  ['192.0.0.0/24', 'IETF protocol assignments'],
  ['192.0.2.0/24', 'documentation range'],
  ['198.51.100.0/24', 'documentation range'],
  ['203.0.113.0/24', 'documentation range'],
  ['198.18.0.0/15', 'benchmarking range'],
  ['192.88.99.0/24', '6to4 relay anycast'],
];
const EXTRA_V6: [string, string][] = [
  ['2001:db8::/32', 'documentation range'],
  ['2001::/23', 'IETF protocol assignments'],
  ['fec0::/10', 'site-local (deprecated)'],
];

const RANGE_WORDS: Record<string, string> = {
  unspecified: 'unspecified address',
  broadcast: 'broadcast address',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade NAT (100.64.0.0/10)',
  private: 'private network (RFC 1918)',
  reserved: 'reserved range',
  uniqueLocal: 'IPv6 unique-local (fc00::/7)',
  benchmarking: 'benchmarking range',
  amt: 'AMT relay range',
  as112: 'AS112 range',
  as112v6: 'AS112 range',
  deprecated: 'deprecated range',
  deprecatedSiteLocal: 'site-local (deprecated)',
  orchid2: 'ORCHIDv2 range',
  droneRemoteIdProtocolEntityTags: 'reserved range',
};

const EMBEDS_V4 = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052', '6to4', 'teredo']);

function inAny(addr: ipaddr.IPv4 | ipaddr.IPv6, list: [string, string][]): string | null {
  for (const [cidr, why] of list) {
    const [net, bits] = ipaddr.parseCIDR(cidr);
    if (net.kind() === addr.kind() && addr.match([net, bits] as never)) return why;
  }
  return null;
}

/** The IPv4 address inside an IPv4-mapped, translated (NAT64), 6to4 or Teredo IPv6 address. */
function embeddedV4(v6: ipaddr.IPv6, range: string): string | null {
  const p = v6.toByteArray();
  const v4 = (b: number[]) => b.join('.');
  switch (range) {
    case 'ipv4Mapped':
    case 'rfc6145':
    case 'rfc6052':
      return v4(p.slice(12, 16));
    case '6to4':
      return v4(p.slice(2, 6));
    case 'teredo':
      return v4(p.slice(12, 16).map((b) => b ^ 0xff));
    default:
      return null;
  }
}

/** Whether a capture may connect to this literal address, and why not. */
export function classifyAddress(address: string): AddressVerdict {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // parse, not process: an IPv4-mapped IPv6 address must stay visible as such.
    addr = ipaddr.parse(address.replace(/^\[|\]$/g, ''));
  } catch {
    return { allowed: false, reason: `${address} is not an IP address` };
  }
  const text = addr.toString();
  const metadata = METADATA_ADDRESSES.get(text);
  if (metadata) return { allowed: false, reason: `${text} is a ${metadata}` };
  const range = addr.range();
  if (addr.kind() === 'ipv6' && EMBEDS_V4.has(range)) {
    const inner = embeddedV4(addr as ipaddr.IPv6, range);
    return {
      allowed: false,
      reason: `${text} is an IPv4-mapped or translated IPv6 address (${range}${inner ? ` of ${inner}` : ''})`,
    };
  }
  if (range !== 'unicast')
    return { allowed: false, reason: `${text} is ${RANGE_WORDS[range] ?? range}` };
  if (addr.kind() === 'ipv4') {
    const extra = inAny(addr, EXTRA_V4);
    if (extra) return { allowed: false, reason: `${text} is ${extra}` };
    return { allowed: true };
  }
  // IPv6: only global unicast (2000::/3) is the public internet.
  if (!addr.match(ipaddr.parseCIDR('2000::/3')))
    return { allowed: false, reason: `${text} is not global unicast IPv6 (2000::/3)` };
  const extra = inAny(addr, EXTRA_V6);
  if (extra) return { allowed: false, reason: `${text} is ${extra}` };
  return { allowed: true };
}

/** A host name refused before any DNS lookup (the machine itself, metadata services), or null. */
export function refusedHostName(host: string): string | null {
  return REFUSED_NAMES.some((re) => re.test(host))
    ? `${host} names this machine or a cloud metadata service`
    : null;
}
