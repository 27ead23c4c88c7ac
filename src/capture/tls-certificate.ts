import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { connect, PeerCertificate } from 'node:tls';
import { UrlGuard } from './url-guard';

export interface PeerCertificateRecord {
  sha256Fingerprint: string;
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
}

function dn(name: PeerCertificate['subject'] | undefined): string {
  return Object.entries(name ?? {})
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`)
    .join(', ');
}

/**
 * The leaf certificate a site presents, read by the app in its own TLS handshake with the same
 * checked address the browser's connection was pinned to (the browser's protocol does not expose
 * the certificate's bytes). Never verifies trust: it records what was presented.
 */
export async function readPeerCertificate(
  guard: UrlGuard,
  host: string,
  port: number,
  timeoutMs: number,
): Promise<PeerCertificateRecord> {
  const target = await guard.checkHost(host, port);
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: target.address,
      port,
      servername: isIP(target.host) ? undefined : target.host,
      rejectUnauthorized: false,
      timeout: timeoutMs,
    });
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      socket.end();
      if (!cert?.raw) return reject(new Error('no certificate presented'));
      resolve({
        sha256Fingerprint: createHash('sha256').update(cert.raw).digest('hex'),
        subject: dn(cert.subject),
        issuer: dn(cert.issuer),
        validFrom: new Date(cert.valid_from).toISOString(),
        validTo: new Date(cert.valid_to).toISOString(),
      });
    });
    socket.once('timeout', () => socket.destroy(new Error('TLS handshake timed out')));
    socket.once('error', reject);
  });
}
