import { generateKeyPairSync, KeyObject } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawZip, RawEntry, signedManifest } from '../../test/support/raw-zip';
import { BundleVerification, formatVerification, verifyBundle } from './bundle-verifier';

/**
 * Defect 12: export:verify accepted zips whose local headers disagree with the central
 * directory, directory entries carrying data, and more. Each bad zip here is written byte by
 * byte; each must fail and name the check that failed.
 */
describe('bundle verification: the zip structure and the signature', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-structure-'));
  const deployment = generateKeyPairSync('ed25519');
  const stranger = generateKeyPairSync('ed25519');
  const FILES = { 'a.json': '[1,2,3]\n', 'evidence/e1': Buffer.from([0x89, 0x50, 0x4e, 0x47]) };
  let n = 0;

  async function verify(
    entries: RawEntry[],
    opts: { prefix?: Buffer; suffix?: Buffer; publicKey?: KeyObject } = {},
  ): Promise<BundleVerification & { text: string; found: string[] }> {
    const path = join(dir, `z${++n}.zip`);
    writeFileSync(path, rawZip(entries, opts));
    const v = await verifyBundle(path, { publicKey: opts.publicKey ?? deployment.publicKey });
    return {
      ...v,
      text: formatVerification(v),
      found: v.problems.map((p) => `${p.problem} ${p.path}`),
    };
  }
  const files = (over: Partial<Record<string, Partial<RawEntry>>> = {}): RawEntry[] =>
    Object.entries(FILES).map(([name, data]) => ({ name, data, deflate: true, ...over[name] }));
  const signed = (key = deployment.privateKey) => signedManifest(FILES, key);

  it('a well-formed, signed bundle verifies, and is authentic against the published key', async () => {
    const v = await verify([...files(), ...signed()]);
    expect(v.problems).toEqual([]);
    expect(v).toMatchObject({ ok: true, verified: 2, authenticated: true });
    expect(v.text).toMatch(/^OK: 2 file/);
    expect(v.text).toContain('by the key given with --public-key');
  });

  it('a local file header naming ../a.j while the central directory says a.json is refused', async () => {
    const v = await verify([...files({ 'a.json': { localName: '../a.j' } }), ...signed()]);
    expect(v.ok).toBe(false);
    expect(v.found).toContain('LOCAL_HEADER a.json');
    expect(v.text).toMatch(
      /LOCAL_HEADER a\.json: .*names "\.\.\/a\.j", the central directory "a\.json"/,
    );
  });

  it('a local header with another compression method is refused', async () => {
    const v = await verify([...files({ 'a.json': { localMethod: 0 } }), ...signed()]);
    expect(v.found).toContain('LOCAL_HEADER a.json');
  });

  it('a directory entry carrying data is refused', async () => {
    const v = await verify([
      ...files(),
      { name: 'evidence/', data: 'hidden payload' },
      ...signed(),
    ]);
    expect(v.ok).toBe(false);
    expect(v.found).toContain('DIRECTORY evidence/');
  });

  it('an empty directory entry that holds listed files is accepted; any other is not in the manifest', async () => {
    expect((await verify([{ name: 'evidence/', data: '' }, ...files(), ...signed()])).ok).toBe(
      true,
    );
    const v = await verify([{ name: 'other/', data: '' }, ...files(), ...signed()]);
    expect(v.found).toEqual(['EXTRA other/']);
  });

  it('duplicate names, also ones differing only in case, are refused', async () => {
    const dup = await verify([...files(), { name: 'a.json', data: 'evil' }, ...signed()]);
    expect(dup.found).toContain('DUPLICATE a.json');
    const cased = await verify([...files(), { name: 'A.json', data: 'evil' }, ...signed()]);
    expect(cased.found).toContain('DUPLICATE A.json');
  });

  it('names that climb out, are absolute or use backslashes are refused', async () => {
    for (const name of ['../evil.sh', '/etc/cron.d/x', 'evidence\\..\\x', 'C:/x', 'a//b']) {
      const v = await verify([...files(), { name, data: 'x' }, ...signed()]);
      expect({ name, found: v.found }).toEqual({
        name,
        found: expect.arrayContaining([`NAME ${name}`]),
      });
    }
  });

  it('anything not in the manifest, and anything listed but absent, is refused', async () => {
    const extra = await verify([...files(), { name: 'notes.txt', data: 'x' }, ...signed()]);
    expect(extra.found).toEqual(['EXTRA notes.txt']);
    const missing = await verify([files()[0], ...signed()]);
    expect(missing.found).toEqual(['MISSING evidence/e1']);
  });

  it('bytes before the first entry or after the end record are refused', async () => {
    const pre = await verify([...files(), ...signed()], { prefix: Buffer.from('MZ hidden') });
    expect(pre.found).toContain('ZIP (zip)');
    const post = await verify([...files(), ...signed()], { suffix: Buffer.from('trailing') });
    expect(post.found[0]).toBe('ZIP (zip)');
    expect(post.text).toMatch(/no end of central directory record/);
  });

  it('data that does not inflate to its declared CRC is refused', async () => {
    const v = await verify([
      ...files({ 'a.json': { deflate: false, storedOverride: Buffer.from('[9,9,9]\n') } }),
      ...signed(),
    ]);
    expect(v.ok).toBe(false);
    expect(v.found).toContain('UNREADABLE a.json');
    expect(v.text).toMatch(/CRC-32/);
  });

  it('a changed file with a recomputed manifest fails the signature check', async () => {
    const changed = { ...FILES, 'a.json': '[1,2,4]\n' };
    const entries: RawEntry[] = [
      ...Object.entries(changed).map(([name, data]) => ({ name, data })),
      // Recomputed honestly, then re-signed by someone without the deployment's key.
      ...signedManifest(changed, stranger.privateKey),
    ];
    const v = await verify(entries);
    expect(v.ok).toBe(false);
    expect(v.found).toEqual(['SIGNATURE manifest.sig']);
    expect(v.text).toMatch(
      /SIGNATURE manifest\.sig: .*not a valid signature of manifest\.json by the given key/,
    );
    expect(v.text).toMatch(/manifest\.json names a different key/);

    // Against the key inside the bundle it is consistent, and the output says that proves nothing.
    const path = join(dir, 'restamped.zip');
    writeFileSync(path, rawZip(entries));
    const self = await verifyBundle(path);
    expect(self).toMatchObject({ ok: true, authenticated: false });
    expect(formatVerification(self)).toMatch(/WARNING: the key inside the bundle proves only/);
  });

  it('a manifest changed after signing, a missing or malformed manifest.sig, is refused', async () => {
    const [manifest, sig] = signed();
    const edited = Buffer.from(String(manifest.data).replace('"SHA-256"', '"SHA-256" '));
    expect((await verify([...files(), { ...manifest, data: edited }, sig])).found).toEqual([
      'SIGNATURE manifest.sig',
    ]);
    const unsigned = await verify([...files(), manifest]);
    expect(unsigned.found).toEqual(['SIGNATURE manifest.sig']);
    expect(unsigned.text).toMatch(/not signed/);
    const garbled = await verify([...files(), manifest, { name: 'manifest.sig', data: 'nope' }]);
    expect(garbled.text).toMatch(/not one base64-encoded 64-byte Ed25519 signature/);
  });
});
