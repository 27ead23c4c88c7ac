/** Server captures' network limits, parsed from the environment (see AppConfig). */
export interface CaptureSettings {
  /** Ports a capture may connect to. */
  ports: ReadonlySet<number>;
  /** `host:port` (lower case, IPv6 in brackets) let through whatever their address: tests only. */
  allowHosts: ReadonlySet<string>;
}

function port(text: string): number | null {
  const n = Number(text);
  return /^\d{1,5}$/.test(text) && n >= 1 && n <= 65535 ? n : null;
}

/** The parsed settings, or a message naming the variable that is wrong. */
export function parseCaptureSettings(env: {
  CAPTURE_PORTS: string;
  CAPTURE_ALLOW_HOSTS?: string;
  NODE_ENV: string;
}): CaptureSettings | string {
  const ports = new Set<number>();
  for (const entry of env.CAPTURE_PORTS.split(',').map((e) => e.trim())) {
    const p = port(entry);
    if (p === null)
      return `CAPTURE_PORTS: must be a comma-separated list of ports 1-65535 (got ${JSON.stringify(entry)})`;
    ports.add(p);
  }
  const allowHosts = new Set<string>();
  const entries = (env.CAPTURE_ALLOW_HOSTS ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length && env.NODE_ENV === 'production')
    return 'CAPTURE_ALLOW_HOSTS: is for tests only and is refused in production (it lets captures reach non-public addresses)';
  for (const entry of entries) {
    const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):(\d{1,5})$/i.exec(entry);
    if (!m || port(m[2]) === null)
      return `CAPTURE_ALLOW_HOSTS: each entry must be host:port (got ${JSON.stringify(entry)})`;
    allowHosts.add(`${m[1].toLowerCase()}:${Number(m[2])}`);
  }
  return { ports, allowHosts };
}
