import { createHash } from 'node:crypto';
import { openPromise } from 'yauzl';

/**
 * Checks an export bundle against its manifest.json: every file listed is present with the
 * same SHA-256 and size, and nothing else is in the zip. No database, no Nest: usable by the
 * CLI, the tests, and anyone with a copy of the code.
 */

export const MANIFEST_NAME = 'manifest.json';

export interface FileDigest {
  sha256: string;
  size: number;
}

export type BundleProblemKind =
  'MISMATCH' | 'MISSING' | 'EXTRA' | 'DUPLICATE' | 'UNREADABLE' | 'MANIFEST';

export interface BundleProblem {
  path: string;
  problem: BundleProblemKind;
  expected?: FileDigest;
  actual?: FileDigest;
  detail?: string;
}

export interface BundleVerification {
  ok: boolean;
  /** Files listed in the manifest. */
  listed: number;
  /** Files listed and verified. */
  verified: number;
  problems: BundleProblem[];
}

/** What was read out of the zip: each file's digest (or why it could not be read), and names seen twice. */
export interface ZipContents {
  files: Map<string, FileDigest | { error: string }>;
  duplicates: string[];
  manifest: Buffer | null;
}

interface ManifestFile {
  path: string;
  sha256: string;
  size: number;
}

function parseManifest(raw: Buffer | null): { files: ManifestFile[] } | { error: string } {
  if (!raw) return { error: 'manifest.json is not in the zip' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    return { error: 'manifest.json is not valid JSON' };
  }
  const files = (parsed as { files?: unknown }).files;
  if (!Array.isArray(files)) return { error: 'manifest.json has no "files" list' };
  const ok = files.every(
    (f: unknown) =>
      !!f &&
      typeof (f as ManifestFile).path === 'string' &&
      typeof (f as ManifestFile).sha256 === 'string' &&
      /^[0-9a-f]{64}$/i.test((f as ManifestFile).sha256) &&
      Number.isInteger((f as ManifestFile).size),
  );
  if (!ok)
    return {
      error: 'manifest.json has an entry without a path, a 64-hex sha256 and an integer size',
    };
  return { files: files as ManifestFile[] };
}

/** Pure comparison of what the zip holds with what its manifest says. */
export function compareWithManifest(contents: ZipContents): BundleVerification {
  const problems: BundleProblem[] = [];
  const manifest = parseManifest(contents.manifest);
  if ('error' in manifest) {
    return {
      ok: false,
      listed: 0,
      verified: 0,
      problems: [{ path: MANIFEST_NAME, problem: 'MANIFEST', detail: manifest.error }],
    };
  }
  const listed = new Set<string>();
  let verified = 0;
  for (const f of manifest.files) {
    if (listed.has(f.path)) {
      problems.push({
        path: f.path,
        problem: 'DUPLICATE',
        detail: 'listed twice in manifest.json',
      });
      continue;
    }
    listed.add(f.path);
    const expected = { sha256: f.sha256.toLowerCase(), size: f.size };
    const actual = contents.files.get(f.path);
    if (!actual) {
      problems.push({ path: f.path, problem: 'MISSING', expected });
    } else if ('error' in actual) {
      problems.push({ path: f.path, problem: 'UNREADABLE', expected, detail: actual.error });
    } else if (actual.sha256 !== expected.sha256 || actual.size !== expected.size) {
      problems.push({ path: f.path, problem: 'MISMATCH', expected, actual });
    } else {
      verified += 1;
    }
  }
  for (const [path, actual] of contents.files) {
    if (!listed.has(path)) {
      problems.push({
        path,
        problem: 'EXTRA',
        ...('error' in actual ? { detail: actual.error } : { actual }),
      });
    }
  }
  for (const path of contents.duplicates)
    problems.push({ path, problem: 'DUPLICATE', detail: 'appears more than once in the zip' });
  return { ok: problems.length === 0, listed: listed.size, verified, problems };
}

/** Reads every entry of the zip once, hashing it as it streams. */
export async function readZip(
  zipPath: string,
  maxManifestBytes = 64 * 1024 * 1024,
): Promise<ZipContents> {
  const zip = await openPromise(zipPath, { validateEntrySizes: true, strictFileNames: false });
  const files = new Map<string, FileDigest | { error: string }>();
  const duplicates: string[] = [];
  let manifest: Buffer | null = null;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (name.endsWith('/')) continue;
      const isManifest = name === MANIFEST_NAME;
      if (files.has(name) || (isManifest && manifest)) {
        duplicates.push(name);
        continue;
      }
      const hash = createHash('sha256');
      let size = 0;
      const chunks: Buffer[] = [];
      try {
        const stream = await zip.openReadStreamPromise(entry);
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          hash.update(chunk);
          size += chunk.length;
          if (isManifest) {
            if (size > maxManifestBytes) throw new Error('manifest.json is too large');
            chunks.push(chunk);
          }
        }
        if (isManifest) manifest = Buffer.concat(chunks);
        else files.set(name, { sha256: hash.digest('hex'), size });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (isManifest) manifest = null;
        else files.set(name, { error: message });
      }
    }
  } finally {
    zip.close();
  }
  return { files, duplicates, manifest };
}

export async function verifyBundle(zipPath: string): Promise<BundleVerification> {
  return compareWithManifest(await readZip(zipPath));
}

/** Human-readable result: "OK …", or one line per problem naming the file. */
export function formatVerification(v: BundleVerification): string {
  if (v.ok) return `OK: ${v.verified} file(s) match manifest.json (SHA-256 and size)\n`;
  const lines = v.problems.map((p) => {
    const exp = p.expected
      ? ` expected sha256 ${p.expected.sha256} (${p.expected.size} bytes)`
      : '';
    const act = p.actual ? ` got sha256 ${p.actual.sha256} (${p.actual.size} bytes)` : '';
    const detail = p.detail ? ` ${p.detail}` : '';
    const what: Record<BundleProblemKind, string> = {
      MISMATCH: 'content does not match the manifest:',
      MISSING: 'listed in the manifest but not in the zip:',
      EXTRA: 'in the zip but not in the manifest:',
      DUPLICATE: 'duplicate:',
      UNREADABLE: 'could not be read:',
      MANIFEST: 'the manifest cannot be used:',
    };
    return `${p.problem} ${p.path}: ${what[p.problem]}${exp}${act}${detail}`;
  });
  return `FAILED: ${v.problems.length} problem(s); ${v.verified} of ${v.listed} listed file(s) verified\n${lines.join('\n')}\n`;
}
