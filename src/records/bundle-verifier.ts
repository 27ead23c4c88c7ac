import { KeyObject } from 'node:crypto';
import { fingerprintOf, parsePublicKey, verifyDetached } from '../signing/ed25519';
import { digestEntry } from './zip-entry-reader';
import { readZipStructure, StructureCheck, StructureProblem } from './zip-structure';

/**
 * Checks an export bundle: the zip's structure (zip-structure.ts), every file against
 * manifest.json (present, same SHA-256 and size, nothing else in the zip), and manifest.sig,
 * the Ed25519 signature of manifest.json. No database, no Nest: usable by the CLI, the tests,
 * and anyone with a copy of the code.
 */

export const MANIFEST_NAME = 'manifest.json';
/** Detached Ed25519 signature of the exact bytes of manifest.json, base64 (one line). */
export const SIGNATURE_NAME = 'manifest.sig';

export interface FileDigest {
  sha256: string;
  size: number;
}

export type BundleProblemKind =
  | 'MISMATCH'
  | 'MISSING'
  | 'EXTRA'
  | 'DUPLICATE'
  | 'UNREADABLE'
  | 'MANIFEST'
  | StructureCheck
  | 'SIGNATURE';

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
  /** Set by verifyBundle: what the signature check found. */
  signature?: SignatureCheck;
  /** True only when everything holds and the signature was checked against a key given by the caller. */
  authenticated?: boolean;
}

export interface SignatureCheck {
  status: 'VALID' | 'INVALID' | 'MISSING' | 'UNUSABLE';
  /** Whose key was used: the one the caller gave (--public-key) or the one inside the bundle. */
  keySource: 'GIVEN' | 'EMBEDDED' | null;
  /** SHA-256 of the DER SubjectPublicKeyInfo of the key used. */
  fingerprint: string | null;
  detail?: string;
}

/** What was read out of the zip: each file's digest (or why it could not be read), and names seen twice. */
export interface ZipContents {
  files: Map<string, FileDigest | { error: string }>;
  duplicates: string[];
  manifest: Buffer | null;
  /** manifest.sig, when present. */
  signature?: Buffer | null;
  /** Directory entries (without data). */
  directories?: string[];
  /** What the structure check found (names, local headers, layout). */
  structure?: StructureProblem[];
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
  const problems: BundleProblem[] = (contents.structure ?? []).map((p) => ({
    path: p.path,
    problem: p.check,
    detail: p.detail,
  }));
  const manifest = parseManifest(contents.manifest);
  if ('error' in manifest) {
    problems.push({ path: MANIFEST_NAME, problem: 'MANIFEST', detail: manifest.error });
    return { ok: false, listed: 0, verified: 0, problems };
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
  for (const dir of contents.directories ?? []) {
    if (![...listed].some((path) => path.startsWith(dir)))
      problems.push({
        path: dir,
        problem: 'EXTRA',
        detail: 'a directory entry not in the manifest',
      });
  }
  for (const path of contents.duplicates)
    problems.push({ path, problem: 'DUPLICATE', detail: 'appears more than once in the zip' });
  return { ok: problems.length === 0, listed: listed.size, verified, problems };
}

/** Checks the structure, then reads every file entry once, hashing it as it streams. */
export async function readZip(
  zipPath: string,
  maxManifestBytes = 64 * 1024 * 1024,
): Promise<ZipContents> {
  const { entries, problems } = await readZipStructure(zipPath);
  const files = new Map<string, FileDigest | { error: string }>();
  const directories: string[] = [];
  let manifest: Buffer | null = null;
  let signature: Buffer | null = null;
  const seen = new Set<string>();
  for (const entry of entries) {
    const name = entry.name;
    if (seen.has(name)) continue; // reported as DUPLICATE by the structure check
    seen.add(name);
    if (entry.isDirectory) {
      directories.push(name);
      continue;
    }
    const special = name === MANIFEST_NAME || name === SIGNATURE_NAME;
    const keep = special
      ? { max: name === MANIFEST_NAME ? maxManifestBytes : 4096, chunks: [] as Buffer[] }
      : undefined;
    try {
      const digest = await digestEntry(zipPath, entry, keep);
      if (name === MANIFEST_NAME) manifest = Buffer.concat(keep!.chunks);
      else if (name === SIGNATURE_NAME) signature = Buffer.concat(keep!.chunks);
      else files.set(name, digest);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (special)
        problems.push({ check: 'ZIP', path: name, detail: `cannot be read: ${message}` });
      else files.set(name, { error: message });
    }
  }
  return { files, duplicates: [], manifest, signature, directories, structure: problems };
}

/** The public key manifest.json says it was signed with, if it names one. */
function embeddedKey(manifest: Buffer): KeyObject | string {
  let signing: unknown;
  try {
    signing = (JSON.parse(manifest.toString('utf8')) as { signing?: unknown }).signing;
  } catch {
    return 'manifest.json is not valid JSON';
  }
  const pem = (signing as { publicKey?: unknown } | undefined)?.publicKey;
  if (typeof pem !== 'string') return 'manifest.json names no signing key ("signing.publicKey")';
  try {
    return parsePublicKey(pem);
  } catch (error) {
    return `the key in manifest.json is ${(error as Error).message}`;
  }
}

/** Checks manifest.sig over the exact bytes of manifest.json, with the given key or the bundle's own. */
export function checkSignature(
  manifest: Buffer | null,
  signature: Buffer | null | undefined,
  publicKey?: KeyObject,
): SignatureCheck {
  const keySource = publicKey ? 'GIVEN' : 'EMBEDDED';
  if (!manifest)
    return { status: 'UNUSABLE', keySource: null, fingerprint: null, detail: 'no manifest.json' };
  if (!signature)
    return {
      status: 'MISSING',
      keySource: null,
      fingerprint: null,
      detail: 'manifest.sig is not in the zip: the bundle is not signed',
    };
  const text = signature.toString('latin1').trim();
  if (!/^[A-Za-z0-9+/]{86}==$/.test(text))
    return {
      status: 'UNUSABLE',
      keySource: null,
      fingerprint: null,
      detail: 'manifest.sig is not one base64-encoded 64-byte Ed25519 signature',
    };
  const key = publicKey ?? embeddedKey(manifest);
  if (typeof key === 'string')
    return { status: 'UNUSABLE', keySource: null, fingerprint: null, detail: key };
  const fingerprint = fingerprintOf(key);
  if (verifyDetached(key, manifest, Buffer.from(text, 'base64')))
    return { status: 'VALID', keySource, fingerprint };
  const declared = embeddedKey(manifest);
  const other =
    publicKey && typeof declared !== 'string' && fingerprintOf(declared) !== fingerprint
      ? `; manifest.json names a different key (fingerprint ${fingerprintOf(declared)})`
      : '';
  return {
    status: 'INVALID',
    keySource,
    fingerprint,
    detail: `manifest.sig is not a valid signature of manifest.json by the ${publicKey ? 'given' : 'embedded'} key (fingerprint ${fingerprint})${other}`,
  };
}

/** Structure, contents and signature. With `publicKey`, a valid result is also authentic. */
export async function verifyBundle(
  zipPath: string,
  opts: { publicKey?: KeyObject } = {},
): Promise<BundleVerification> {
  const contents = await readZip(zipPath);
  const v = compareWithManifest(contents);
  const signature = checkSignature(contents.manifest, contents.signature, opts.publicKey);
  const problems = [...v.problems];
  if (signature.status !== 'VALID' && contents.manifest)
    problems.push({ path: SIGNATURE_NAME, problem: 'SIGNATURE', detail: signature.detail });
  const ok = problems.length === 0;
  return { ...v, ok, problems, signature, authenticated: ok && signature.keySource === 'GIVEN' };
}

const WHAT: Record<BundleProblemKind, string> = {
  MISMATCH: 'content does not match the manifest:',
  MISSING: 'listed in the manifest but not in the zip:',
  EXTRA: 'in the zip but not in the manifest:',
  DUPLICATE: 'duplicate:',
  UNREADABLE: 'could not be read:',
  MANIFEST: 'the manifest cannot be used:',
  ZIP: 'the zip structure is not sound:',
  LOCAL_HEADER: 'the local file header disagrees with the central directory:',
  NAME: 'unsafe entry name:',
  DIRECTORY: 'directory entry with data:',
  SIGNATURE: 'the signature check failed:',
};

/** Human-readable result: "OK …" lines, or one line per problem naming the check and the file. */
export function formatVerification(v: BundleVerification): string {
  if (v.ok) {
    const lines = [
      `OK: ${v.verified} file(s) match manifest.json (SHA-256 and size)`,
      'OK: zip structure (every local header matches the central directory; names, layout, CRC-32)',
    ];
    if (v.signature?.status === 'VALID') {
      lines.push(
        `OK: manifest.sig is a valid Ed25519 signature of manifest.json by the ${v.signature.keySource === 'GIVEN' ? 'key given with --public-key' : 'key inside the bundle'} (fingerprint ${v.signature.fingerprint})`,
      );
      if (v.signature.keySource !== 'GIVEN')
        lines.push(
          'WARNING: the key inside the bundle proves only that the bundle is self-consistent, not who made it. ' +
            "Authenticity needs the deployment's published key: compare the fingerprint with GET /api/exports/signing-key, " +
            'or run again with --public-key <file>.',
        );
    }
    return `${lines.join('\n')}\n`;
  }
  const lines = v.problems.map((p) => {
    const exp = p.expected
      ? ` expected sha256 ${p.expected.sha256} (${p.expected.size} bytes)`
      : '';
    const act = p.actual ? ` got sha256 ${p.actual.sha256} (${p.actual.size} bytes)` : '';
    const detail = p.detail ? ` ${p.detail}` : '';
    return `${p.problem} ${p.path}: ${WHAT[p.problem]}${exp}${act}${detail}`;
  });
  return `FAILED: ${v.problems.length} problem(s); ${v.verified} of ${v.listed} listed file(s) verified\n${lines.join('\n')}\n`;
}
