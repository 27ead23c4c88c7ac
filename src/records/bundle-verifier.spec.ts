import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signDetached } from '../signing/ed25519';
import { BundleWriter } from './bundle-writer';
import {
  compareWithManifest,
  formatVerification,
  verifyBundle,
  ZipContents,
} from './bundle-verifier';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function contents(
  files: Record<string, string>,
  manifestFiles: { path: string; sha256: string; size: number }[],
): ZipContents {
  return {
    files: new Map(
      Object.entries(files).map(([k, v]) => [k, { sha256: sha(v), size: Buffer.byteLength(v) }]),
    ),
    duplicates: [],
    manifest: Buffer.from(JSON.stringify({ files: manifestFiles })),
  };
}

describe('bundle verification', () => {
  const entry = (path: string, text: string) => ({
    path,
    sha256: sha(text),
    size: Buffer.byteLength(text),
  });

  it('passes when every listed file matches and nothing else is there', () => {
    const v = compareWithManifest(
      contents({ 'a.json': '[]', 'b/c': 'xyz' }, [entry('a.json', '[]'), entry('b/c', 'xyz')]),
    );
    expect(v).toEqual({ ok: true, listed: 2, verified: 2, problems: [] });
    expect(formatVerification(v)).toMatch(/^OK: 2 file/);
  });

  it('names each mismatching, missing and extra file', () => {
    const v = compareWithManifest(
      contents({ 'a.json': '[1]', 'extra.txt': 'x' }, [
        entry('a.json', '[]'),
        entry('gone.json', '{}'),
      ]),
    );
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => `${p.problem} ${p.path}`).sort()).toEqual([
      'EXTRA extra.txt',
      'MISMATCH a.json',
      'MISSING gone.json',
    ]);
    const text = formatVerification(v);
    expect(text).toMatch(/^FAILED/);
    expect(text).toMatch(/MISMATCH a\.json/);
  });

  it('refuses a bundle without a usable manifest', () => {
    const v = compareWithManifest({
      files: new Map(),
      duplicates: [],
      manifest: Buffer.from('not json'),
    });
    expect(v.ok).toBe(false);
    expect(v.problems[0]).toMatchObject({ problem: 'MANIFEST', path: 'manifest.json' });
    expect(
      compareWithManifest({ files: new Map(), duplicates: [], manifest: null }).problems[0].detail,
    ).toMatch(/not in the zip/);
  });

  it('reads a real zip written by the bundle writer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const w = new BundleWriter(join(dir, 'b.zip'));
    await w.add('one.txt', 'hello');
    async function* parts() {
      yield Buffer.from('[');
      await new Promise((r) => setImmediate(r));
      yield Buffer.from('1,2');
      yield Buffer.from(']');
    }
    await w.add('two.json', parts());
    // Signed as the export builder signs: manifest.sig over the exact manifest bytes.
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const manifest = Buffer.from(JSON.stringify({ files: [...w.entries] }));
    await w.add('manifest.json', manifest);
    await w.add('manifest.sig', signDetached(privateKey, manifest).toString('base64'));
    const zip = await w.finish();
    expect(zip.size).toBeGreaterThan(0);
    expect(await verifyBundle(join(dir, 'b.zip'), { publicKey })).toMatchObject({
      ok: true,
      verified: 2,
      authenticated: true,
    });
    expect(w.entries[1]).toEqual(entry('two.json', '[1,2]'));
  });
});
