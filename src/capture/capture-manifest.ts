import { KeyObject } from 'node:crypto';
import { verifyDetached } from '../signing/ed25519';

/** One step of the main document's redirect chain. */
export interface RedirectHop {
  url: string;
  status: number;
  location: string | null;
}

export interface TlsRecord {
  protocol: string | null;
  subject: string | null;
  issuer: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** SHA-256 of the leaf certificate (DER), hex. */
  sha256Fingerprint: string | null;
  /** How the fingerprint was obtained. */
  fingerprintSource: string;
}

export interface BlockedRequest {
  url: string;
  resourceType: string;
  reason: string;
}

export interface ManifestFile {
  kind: 'screenshot' | 'pdf' | 'mhtml';
  contentType: string;
  sha256: string;
  size: number;
  evidenceId: string | null;
}

/** What the server's browser saw, as signed. Field order is fixed: the bytes are what is signed. */
export interface CaptureManifest {
  format: 'cybervet-capture/1';
  captureId: string;
  findingId: string;
  outcome: 'DONE' | 'NOT_PUBLIC';
  notPublicReason: string | null;
  requestedUrl: string;
  finalUrl: string;
  redirects: RedirectHop[];
  response: { status: number; statusText: string; headers: { name: string; value: string }[] };
  /** Null for an http page: there was no TLS. */
  tls: TlsRecord | null;
  tlsNote: string;
  connections: { host: string; port: number; address: string }[];
  blockedRequests: BlockedRequest[];
  /** host:port the browser itself tried to reach (not the page); refused without a lookup. */
  browserOwnRequestsRefused: string[];
  browser: { product: string; version: string; userAgent: string; profile: string };
  startedAt: string;
  capturedAt: string;
  bytesDownloaded: number;
  files: ManifestFile[];
  signingKeyFingerprint: string;
}

/** The exact bytes that are signed and stored: JSON, two-space indented, with a final newline. */
export function manifestBytes(manifest: CaptureManifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

/** True when the signature (base64) over the manifest's stored bytes verifies under the key. */
export function verifyManifest(
  bytes: Buffer,
  signatureBase64: string,
  publicKey: KeyObject,
): boolean {
  return verifyDetached(publicKey, bytes, Buffer.from(signatureBase64, 'base64'));
}
