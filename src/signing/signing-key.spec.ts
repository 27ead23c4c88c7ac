import { createPublicKey, verify } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SIGNING_KEY_PATH, validateConfig } from '../config/app-config';
import { fingerprintOf, parsePublicKey, readOrCreatePrivateKey } from './ed25519';
import { SigningKeyService } from './signing-key.service';

describe('the deployment signing key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'signing-key-'));

  it('outside production defaults to a path under ./var and is generated there once, mode 0600, then reused', () => {
    expect(validateConfig({}).signingKeyPath).toBe(DEFAULT_SIGNING_KEY_PATH);
    const path = join(dir, 'keys', 'export-signing-key.pem');
    const first = new SigningKeyService(validateConfig({ EXPORT_SIGNING_KEY: path }));
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const second = new SigningKeyService(validateConfig({ EXPORT_SIGNING_KEY: path }));
    expect(second.published).toEqual(first.published);
    expect(first.published.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(path, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('signs with Ed25519 so that the published key verifies, and the fingerprint is of the DER SPKI', () => {
    const svc = new SigningKeyService(validateConfig({ EXPORT_SIGNING_KEY: join(dir, 'k.pem') }));
    const data = Buffer.from('{"files":[]}\n');
    const pub = parsePublicKey(svc.published.publicKey);
    expect(verify(null, data, pub, svc.sign(data))).toBe(true);
    expect(verify(null, Buffer.from('{"files":[1]}\n'), pub, svc.sign(data))).toBe(false);
    expect(fingerprintOf(createPublicKey(svc.published.publicKey))).toBe(svc.published.fingerprint);
  });

  it('never overwrites an existing file, and refuses one that is not an Ed25519 key', () => {
    const path = join(dir, 'junk.pem');
    writeFileSync(path, 'not a key');
    expect(() => readOrCreatePrivateKey(path)).toThrow(/is not a PEM private key/);
    expect(readFileSync(path, 'utf8')).toBe('not a key');
  });

  it('two processes starting at once end up with the same key', () => {
    const path = join(dir, 'race.pem');
    const results = [readOrCreatePrivateKey(path), readOrCreatePrivateKey(path)];
    expect(results.map((r) => r.created)).toEqual([true, false]);
    expect(fingerprintOf(results[0].key)).toBe(fingerprintOf(results[1].key));
  });
});
