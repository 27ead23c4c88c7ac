import { SigningKeyService } from '../signing/signing-key.service';
import { MANIFEST_NAME, SIGNATURE_NAME } from './bundle-verifier';
import { BundleWriter } from './bundle-writer';

/**
 * Ends a bundle: manifest.json lists every file written so far (path, SHA-256, size) and names
 * the signing key; manifest.sig is the detached Ed25519 signature of manifest.json's exact
 * bytes, base64 on one line. manifest.sig is the one file the manifest cannot list.
 */
export async function writeSignedManifest(
  writer: BundleWriter,
  header: Record<string, unknown>,
  notes: string[],
  signingKey: SigningKeyService,
): Promise<void> {
  const manifest = {
    ...header,
    hashAlgorithm: 'SHA-256',
    files: writer.entries.map((e) => ({ path: e.path, sha256: e.sha256, size: e.size })),
    notes,
    signing: {
      algorithm: 'Ed25519',
      signatureFile: SIGNATURE_NAME,
      signatureEncoding: 'base64',
      publicKey: signingKey.published.publicKey,
      publicKeyFingerprint: signingKey.published.fingerprint,
    },
  };
  const bytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  await writer.add(MANIFEST_NAME, bytes);
  await writer.add(SIGNATURE_NAME, `${signingKey.sign(bytes).toString('base64')}\n`);
}
