import { FileHandle, open } from 'node:fs/promises';

/**
 * A strict reader of the zip format (APPNOTE 6.3), for checking evidence bundles. Unlike an
 * extractor it trusts nothing: the central directory must be where the end record says, every
 * local file header must agree with its central directory entry (name, flags, method, CRC and
 * sizes), the entries must tile the file with no byte unaccounted for, names must be safe
 * relative paths, and each entry's data must inflate to its declared size and CRC-32.
 * Only what our bundle writer produces is accepted: stored or deflated, unencrypted, one disk.
 */

export type StructureCheck = 'ZIP' | 'LOCAL_HEADER' | 'NAME' | 'DIRECTORY' | 'DUPLICATE';

export interface StructureProblem {
  check: StructureCheck;
  path: string;
  detail: string;
}

export interface ZipEntry {
  name: string;
  isDirectory: boolean;
  method: number;
  /** DOS modification time and date, as one number (date << 16 | time). */
  dosTime: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the entry's data starts; null when the local header could not be used. */
  dataOffset: number | null;
}

export interface ZipStructure {
  entries: ZipEntry[];
  problems: StructureProblem[];
}

const SIG = {
  LOCAL: 0x04034b50,
  CENTRAL: 0x02014b50,
  EOCD: 0x06054b50,
  ZIP64_EOCD: 0x06064b50,
  ZIP64_LOCATOR: 0x07064b50,
  DESCRIPTOR: 0x08074b50,
};
const FLAG_ENCRYPTED = 1 << 0;
const FLAG_DESCRIPTOR = 1 << 3;
const FLAG_STRONG_ENCRYPTION = 1 << 6;
const FLAG_UTF8 = 1 << 11;
const STORED = 0;
export const DEFLATED = 8;
const MAX_CENTRAL_DIRECTORY = 256 * 1024 * 1024;
const ZIP_ARCHIVE = '(zip)';

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

const u64 = (b: Buffer, at: number) => Number(b.readBigUInt64LE(at));

/** The values of a zip64 extended-information extra field that replace the 0xFFFFFFFF ones. */
function zip64Values(
  extra: Buffer,
  wanted: { usize: boolean; csize: boolean; offset: boolean },
): { usize?: number; csize?: number; offset?: number } | null {
  for (let i = 0; i + 4 <= extra.length;) {
    const tag = extra.readUInt16LE(i);
    const size = extra.readUInt16LE(i + 2);
    if (tag === 0x0001) {
      const data = extra.subarray(i + 4, i + 4 + size);
      const out: { usize?: number; csize?: number; offset?: number } = {};
      let at = 0;
      for (const key of ['usize', 'csize', 'offset'] as const) {
        if (!wanted[key]) continue;
        if (at + 8 > data.length) return null;
        out[key] = u64(data, at);
        at += 8;
      }
      return out;
    }
    i += 4 + size;
  }
  return null;
}

/** Decodes an entry name: UTF-8 when flagged (and valid), otherwise only plain ASCII. */
function decodeName(bytes: Buffer, flags: number): string | null {
  if (flags & FLAG_UTF8) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
  return bytes.every((b) => b < 0x80) ? bytes.toString('latin1') : null;
}

/** Why a name is not a safe relative path inside the bundle, or null when it is. */
export function unsafeName(name: string): string | null {
  if (name === '') return 'the name is empty';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'the name contains a control character';
  if (name.includes('\\')) return 'the name contains a backslash';
  if (name.startsWith('/')) return 'the name is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'the name starts with a drive letter';
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..')) return 'the name climbs out of the bundle ("..")';
  if (segments.some((s) => s === '.' || s === '')) return 'the name has an empty or "." segment';
  return null;
}

interface Layout {
  cdOffset: number;
  cdSize: number;
  total: number;
}

/** Finds the end of central directory record (and its zip64 form) and checks they fit. */
async function readLayout(
  fh: FileHandle,
  size: number,
  problems: StructureProblem[],
): Promise<Layout | null> {
  const fatal = (detail: string) => {
    problems.push({ check: 'ZIP', path: ZIP_ARCHIVE, detail });
    return null;
  };
  if (size < 22) return fatal('the file is too short to be a zip');
  const tailStart = Math.max(0, size - (0xffff + 22));
  const tail = await readAt(fh, tailStart, size - tailStart);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === SIG.EOCD && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    return fatal('no end of central directory record ends the file (not a zip, or bytes after it)');
  const r = tail.subarray(eocd);
  const eocdPos = tailStart + eocd;
  if (r.readUInt16LE(4) !== 0 || r.readUInt16LE(6) !== 0)
    return fatal('the zip spans several disks');
  let total = r.readUInt16LE(10);
  let cdSize = r.readUInt32LE(12);
  let cdOffset = r.readUInt32LE(16);
  if (r.readUInt16LE(8) !== total) return fatal('the end record counts entries inconsistently');
  let cdEnd = eocdPos;
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocdPos >= 20 ? await readAt(fh, eocdPos - 20, 20) : Buffer.alloc(0);
    if (locator.length < 20 || locator.readUInt32LE(0) !== SIG.ZIP64_LOCATOR)
      return fatal('the end record needs a zip64 end record, and there is none');
    const at = u64(locator, 8);
    const rec = await readAt(fh, at, 56);
    if (rec.length < 56 || rec.readUInt32LE(0) !== SIG.ZIP64_EOCD)
      return fatal('the zip64 end record is not where its locator says');
    if (at + 12 + u64(rec, 4) !== eocdPos - 20)
      return fatal('there are bytes between the zip64 end record and its locator');
    total = u64(rec, 32);
    cdSize = u64(rec, 40);
    cdOffset = u64(rec, 48);
    cdEnd = at;
  }
  if (cdOffset + cdSize !== cdEnd)
    return fatal(
      `the central directory (offset ${cdOffset}, ${cdSize} bytes) does not end where the end record starts (${cdEnd})`,
    );
  if (cdSize > MAX_CENTRAL_DIRECTORY) return fatal('the central directory is too large');
  return { cdOffset, cdSize, total };
}

/** Parses the central directory, then checks every local header and the layout against it. */
export async function readZipStructure(zipPath: string): Promise<ZipStructure> {
  const problems: StructureProblem[] = [];
  const entries: ZipEntry[] = [];
  const fh = await open(zipPath, 'r');
  try {
    const { size } = await fh.stat();
    const layout = await readLayout(fh, size, problems);
    if (!layout) return { entries, problems };
    const cd = await readAt(fh, layout.cdOffset, layout.cdSize);
    const seen = new Map<string, string>();
    let p = 0;
    while (p < cd.length) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== SIG.CENTRAL) {
        problems.push({
          check: 'ZIP',
          path: ZIP_ARCHIVE,
          detail: `the central directory is malformed at byte ${layout.cdOffset + p}`,
        });
        return { entries, problems };
      }
      const flags = cd.readUInt16LE(p + 8);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const next = p + 46 + nameLen + extraLen + commentLen;
      if (next > cd.length) {
        problems.push({ check: 'ZIP', path: ZIP_ARCHIVE, detail: 'a central entry is truncated' });
        return { entries, problems };
      }
      const nameBytes = cd.subarray(p + 46, p + 46 + nameLen);
      const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      let usize = cd.readUInt32LE(p + 24);
      let csize = cd.readUInt32LE(p + 20);
      let offset = cd.readUInt32LE(p + 42);
      const wanted = {
        usize: usize === 0xffffffff,
        csize: csize === 0xffffffff,
        offset: offset === 0xffffffff,
      };
      const decoded = decodeName(nameBytes, flags);
      const name = decoded ?? `(undecodable name 0x${nameBytes.toString('hex').slice(0, 64)})`;
      if (wanted.usize || wanted.csize || wanted.offset) {
        const z = zip64Values(extra, wanted);
        if (!z) {
          problems.push({ check: 'ZIP', path: name, detail: 'the zip64 sizes are missing' });
          return { entries, problems };
        }
        usize = z.usize ?? usize;
        csize = z.csize ?? csize;
        offset = z.offset ?? offset;
      }
      const mode = cd.readUInt8(p + 5) === 3 ? cd.readUInt32LE(p + 38) >>> 16 : 0;
      const entry: ZipEntry = {
        name,
        isDirectory: name.endsWith('/') || (mode & 0o170000) === 0o040000,
        method: cd.readUInt16LE(p + 10),
        dosTime: cd.readUInt32LE(p + 12),
        flags,
        crc32: cd.readUInt32LE(p + 16),
        compressedSize: csize,
        uncompressedSize: usize,
        localHeaderOffset: offset,
        dataOffset: null,
      };
      entries.push(entry);
      p = next;

      if (decoded === null)
        problems.push({ check: 'NAME', path: name, detail: 'the name is not valid UTF-8 / ASCII' });
      const unsafe = decoded === null ? null : unsafeName(decoded);
      if (unsafe) problems.push({ check: 'NAME', path: name, detail: unsafe });
      const folded = name.normalize('NFC').toLowerCase();
      const earlier = seen.get(folded);
      if (earlier !== undefined)
        problems.push({
          check: 'DUPLICATE',
          path: name,
          detail:
            earlier === name
              ? 'the name appears more than once in the zip'
              : `the name differs only in case from "${earlier}"`,
        });
      else seen.set(folded, name);
      if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION))
        problems.push({ check: 'ZIP', path: name, detail: 'the entry is encrypted' });
      if (entry.method !== STORED && entry.method !== DEFLATED)
        problems.push({
          check: 'ZIP',
          path: name,
          detail: `compression method ${entry.method} is not stored (0) or deflate (8)`,
        });
      if (entry.isDirectory && (csize > 0 || usize > 0))
        problems.push({
          check: 'DIRECTORY',
          path: name,
          detail: `a directory entry carries data (${csize} bytes stored, ${usize} declared)`,
        });
    }
    if (entries.length !== layout.total)
      problems.push({
        check: 'ZIP',
        path: ZIP_ARCHIVE,
        detail: `the end record counts ${layout.total} entries, the central directory holds ${entries.length}`,
      });
    for (const e of entries) await checkLocalHeader(fh, e, layout.cdOffset, problems);
    await checkTiling(fh, entries, layout.cdOffset, problems);
    return { entries, problems };
  } finally {
    await fh.close();
  }
}

/** Reads the local header at the entry's offset and compares it with the central entry. */
async function checkLocalHeader(
  fh: FileHandle,
  e: ZipEntry,
  cdOffset: number,
  problems: StructureProblem[],
): Promise<void> {
  const bad = (detail: string) => problems.push({ check: 'LOCAL_HEADER', path: e.name, detail });
  if (e.localHeaderOffset + 30 > cdOffset)
    return void bad('the local header offset points into or past the central directory');
  const head = await readAt(fh, e.localHeaderOffset, 30);
  if (head.length < 30 || head.readUInt32LE(0) !== SIG.LOCAL)
    return void bad(`no local file header at offset ${e.localHeaderOffset}`);
  const nameLen = head.readUInt16LE(26);
  const extraLen = head.readUInt16LE(28);
  const rest = await readAt(fh, e.localHeaderOffset + 30, nameLen + extraLen);
  const localNameBytes = rest.subarray(0, nameLen);
  const localName =
    decodeName(localNameBytes, head.readUInt16LE(6)) ?? localNameBytes.toString('hex');
  const mismatches: string[] = [];
  if (localName !== e.name)
    mismatches.push(
      `names ${JSON.stringify(localName)}, the central directory ${JSON.stringify(e.name)}`,
    );
  const flags = head.readUInt16LE(6);
  if (flags !== e.flags)
    mismatches.push(
      `has flags 0x${flags.toString(16)}, the central directory 0x${e.flags.toString(16)}`,
    );
  const method = head.readUInt16LE(8);
  if (method !== e.method)
    mismatches.push(`has compression method ${method}, the central directory ${e.method}`);
  if (head.readUInt32LE(10) !== e.dosTime)
    mismatches.push('has another modification time than the central directory');
  const crc = head.readUInt32LE(14);
  let csize = head.readUInt32LE(18);
  let usize = head.readUInt32LE(22);
  if (csize === 0xffffffff || usize === 0xffffffff) {
    const z = zip64Values(rest.subarray(nameLen), {
      usize: usize === 0xffffffff,
      csize: csize === 0xffffffff,
      offset: false,
    });
    csize = z?.csize ?? csize;
    usize = z?.usize ?? usize;
  }
  const deferred = (flags & FLAG_DESCRIPTOR) !== 0 && crc === 0 && csize === 0 && usize === 0;
  if (!deferred && (crc !== e.crc32 || csize !== e.compressedSize || usize !== e.uncompressedSize))
    mismatches.push(
      `declares CRC ${crc.toString(16)}, ${csize}/${usize} bytes; the central directory CRC ${e.crc32.toString(16)}, ${e.compressedSize}/${e.uncompressedSize} bytes`,
    );
  if (mismatches.length) return void bad(`the local file header ${mismatches.join('; ')}`);
  e.dataOffset = e.localHeaderOffset + 30 + nameLen + extraLen;
}

/** The data descriptor lengths a gap may hold: with or without signature, 32- or 64-bit sizes. */
function descriptorMatches(d: Buffer, e: ZipEntry): boolean {
  const forms: { at: number; wide: boolean }[] = [];
  if (d.length === 16 || d.length === 24)
    if (d.readUInt32LE(0) === SIG.DESCRIPTOR) forms.push({ at: 4, wide: d.length === 24 });
  if (d.length === 12 || d.length === 20) forms.push({ at: 0, wide: d.length === 20 });
  if (d.length === 16) forms.push({ at: 0, wide: false });
  return forms.some(({ at, wide }) => {
    const crc = d.readUInt32LE(at);
    const cs = wide ? u64(d, at + 4) : d.readUInt32LE(at + 4);
    const us = wide ? u64(d, at + 12) : d.readUInt32LE(at + 8);
    return crc === e.crc32 && cs === e.compressedSize && us === e.uncompressedSize;
  });
}

/** The entries, in file order, must start at 0 and follow each other up to the central directory. */
async function checkTiling(
  fh: FileHandle,
  entries: ZipEntry[],
  cdOffset: number,
  problems: StructureProblem[],
): Promise<void> {
  const usable = entries.filter((e) => e.dataOffset !== null);
  if (usable.length !== entries.length) return; // already reported per entry
  const sorted = [...usable].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const first = sorted.length ? sorted[0].localHeaderOffset : cdOffset;
  if (first !== 0)
    problems.push({
      check: 'ZIP',
      path: ZIP_ARCHIVE,
      detail: `${first} unaccounted byte(s) before the first entry`,
    });
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    const end = e.dataOffset! + e.compressedSize;
    const next = i + 1 < sorted.length ? sorted[i + 1].localHeaderOffset : cdOffset;
    const gap = next - end;
    if (gap < 0) {
      problems.push({ check: 'ZIP', path: e.name, detail: 'the entry overlaps the next one' });
    } else if (e.flags & FLAG_DESCRIPTOR) {
      const d = gap <= 24 ? await readAt(fh, end, gap) : Buffer.alloc(0);
      if (!descriptorMatches(d, e))
        problems.push({
          check: 'LOCAL_HEADER',
          path: e.name,
          detail: `the data descriptor after the entry (${gap} bytes) does not match the central directory`,
        });
    } else if (gap > 0) {
      problems.push({
        check: 'ZIP',
        path: e.name,
        detail: `${gap} unaccounted byte(s) after the entry's data`,
      });
    }
  }
}
