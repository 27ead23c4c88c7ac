import { parsePublicKey } from '../signing/ed25519';
import { PublishedKey } from '../signing/signing-key.service';
import { CaptureManifest, verifyManifest } from './capture-manifest';
import { CaptureView } from './capture.dto';
import { Capture } from './capture.entity';

/** A capture as its searchers see it, with the manifest spelled out and its signature checked now. */
export function captureView(c: Capture, key: PublishedKey): CaptureView {
  const manifest = c.manifest ? (JSON.parse(c.manifest) as CaptureManifest) : null;
  let signatureValid: boolean | null = null;
  if (c.manifest && c.manifestSignature) {
    signatureValid =
      c.signingKeyFingerprint === key.fingerprint &&
      verifyManifest(
        Buffer.from(c.manifest, 'utf8'),
        c.manifestSignature,
        parsePublicKey(key.publicKey),
      );
  }
  return {
    id: c.id,
    findingId: c.findingId,
    url: c.url,
    purged:
      c.purgedAt && c.purgeRule
        ? { at: c.purgedAt, rule: c.purgeRule, note: 'Purged under the retention schedule' }
        : null,
    status: c.status,
    reason: c.reason,
    requestedBy: c.requestedBy,
    requestedAt: c.requestedAt,
    finishedAt: c.finishedAt,
    files: c.status === 'DONE' && manifest ? manifest.files : [],
    manifest: manifest && {
      requestedUrl: manifest.requestedUrl,
      finalUrl: manifest.finalUrl,
      redirects: manifest.redirects,
      httpStatus: manifest.response.status,
      statusText: manifest.response.statusText,
      headers: manifest.response.headers,
      tls: manifest.tls,
      tlsNote: manifest.tlsNote,
      connections: manifest.connections,
      blockedRequests: manifest.blockedRequests,
      browserOwnRequestsRefused: manifest.browserOwnRequestsRefused,
      browserVersion: manifest.browser.version,
      userAgent: manifest.browser.userAgent,
      profile: manifest.browser.profile,
      capturedAt: manifest.capturedAt,
      bytesDownloaded: manifest.bytesDownloaded,
      notPublicReason: manifest.notPublicReason,
    },
    manifestJson: c.manifest,
    manifestSignature: c.manifestSignature,
    signingKey: c.manifest ? key : null,
    signatureValid,
  };
}
