import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Ed25519 with Node's own crypto, nothing else: the deployment's signing key (export bundles
 * now; audit checkpoints and capture manifests later), its published form, detached signatures.
 * No Nest, no database: the verifier in src/records uses the same functions.
 */

export class SigningKeyError extends Error {}

/** SHA-256 (hex) of the public key's DER SubjectPublicKeyInfo: the key's published fingerprint. */
export function fingerprintOf(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(pub.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function publicKeyPem(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return pub.export({ type: 'spki', format: 'pem' }).toString();
}

/** A detached Ed25519 signature over exactly these bytes (64 raw bytes). */
export function signDetached(privateKey: KeyObject, data: Buffer): Buffer {
  return sign(null, data, privateKey);
}

export function verifyDetached(publicKey: KeyObject, data: Buffer, signature: Buffer): boolean {
  try {
    return signature.length === 64 && verify(null, data, publicKey, signature);
  } catch {
    return false;
  }
}

/** An Ed25519 public key from PEM text (a public key, or a private key whose public half is used). */
export function parsePublicKey(pem: string | Buffer): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new SigningKeyError('not a PEM public key');
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new SigningKeyError(`an ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`);
  return key;
}

/** Reads an Ed25519 private key (PKCS#8 PEM) from a file, saying what is wrong if it is not one. */
export function readPrivateKey(path: string): KeyObject {
  let pem: Buffer;
  try {
    pem = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SigningKeyError(
      code === 'ENOENT' ? `no key file at ${path}` : `cannot read ${path} (${code ?? 'error'})`,
    );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new SigningKeyError(`${path} is not a PEM private key`);
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new SigningKeyError(
      `${path} holds an ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`,
    );
  return key;
}

/**
 * The key at `path`, generated there first if there is none (mode 0600). Safe when several
 * processes start at once: the new key is written to a private temporary file and linked into
 * place, so a reader never sees half a key and the first writer wins.
 */
export function readOrCreatePrivateKey(path: string): { key: KeyObject; created: boolean } {
  try {
    return { key: readPrivateKey(path), created: false };
  } catch (error) {
    if (!(error instanceof SigningKeyError) || !error.message.startsWith('no key file'))
      throw error;
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, pem);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, path);
    return { key: privateKey, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { key: readPrivateKey(path), created: false };
  } finally {
    rmSync(tmp, { force: true });
  }
}
