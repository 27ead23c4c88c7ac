import { createHash, KeyObject, sign } from 'node:crypto';
import { fingerprintOf, publicKeyPem } from '../../src/signing/ed25519';
import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a hand-made zip; the `local*` fields make the local header lie. */
export interface RawEntry {
  name: string;
  data: Buffer | string;
  deflate?: boolean;
  localName?: string;
  localMethod?: number;
  /** Bytes stored for the entry instead of its (compressed) data. */
  storedOverride?: Buffer;
}

const b = (d: Buffer | string) => (typeof d === 'string' ? Buffer.from(d, 'utf8') : d);

/** Writes zip bytes by hand (stored or deflated, UTF-8 names, no data descriptors). */
export function rawZip(entries: RawEntry[], opts: { prefix?: Buffer; suffix?: Buffer } = {}) {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = opts.prefix?.length ?? 0;
  for (const e of entries) {
    const data = b(e.data);
    const method = e.deflate ? 8 : 0;
    const stored = e.storedOverride ?? (e.deflate ? deflateRawSync(data) : data);
    const crc = crc32(data) >>> 0;
    const name = Buffer.from(e.name, 'utf8');
    const localName = Buffer.from(e.localName ?? e.name, 'utf8');
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6);
    lh.writeUInt16LE(e.localMethod ?? method, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(stored.length, 18);
    lh.writeUInt32LE(data.length, 22);
    lh.writeUInt16LE(localName.length, 26);
    const local = Buffer.concat([lh, localName, stored]);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE((3 << 8) | 20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(stored.length, 20);
    ch.writeUInt32LE(data.length, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(((e.name.endsWith('/') ? 0o40755 : 0o100644) << 16) >>> 0, 38);
    ch.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([ch, name]));
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([
    opts.prefix ?? Buffer.alloc(0),
    ...locals,
    cd,
    eocd,
    opts.suffix ?? Buffer.alloc(0),
  ]);
}

/** manifest.json (listing `files`, signed by `key`) and manifest.sig, as our bundles carry them. */
export function signedManifest(
  files: Record<string, Buffer | string>,
  key: KeyObject,
  extra: { path: string; sha256: string; size: number }[] = [],
): RawEntry[] {
  const manifest = Buffer.from(
    `${JSON.stringify(
      {
        format: 'cybervet-export/1',
        hashAlgorithm: 'SHA-256',
        files: [
          ...Object.entries(files).map(([path, data]) => ({
            path,
            sha256: createHash('sha256').update(b(data)).digest('hex'),
            size: b(data).length,
          })),
          ...extra,
        ],
        signing: {
          algorithm: 'Ed25519',
          signatureFile: 'manifest.sig',
          signatureEncoding: 'base64',
          publicKey: publicKeyPem(key),
          publicKeyFingerprint: fingerprintOf(key),
        },
      },
      null,
      2,
    )}\n`,
  );
  return [
    { name: 'manifest.json', data: manifest, deflate: true },
    { name: 'manifest.sig', data: `${sign(null, manifest, key).toString('base64')}\n` },
  ];
}
