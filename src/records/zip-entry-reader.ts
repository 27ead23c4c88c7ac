import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { DEFLATED, ZipEntry } from './zip-structure';

export interface EntryDigest {
  sha256: string;
  size: number;
}

/**
 * The entry's content, inflated as it streams: its SHA-256 and size, after checking it inflates
 * to exactly the declared size with the declared CRC-32. `keep` collects the bytes (small files).
 */
export async function digestEntry(
  zipPath: string,
  e: ZipEntry,
  keep?: { max: number; chunks: Buffer[] },
): Promise<EntryDigest> {
  if (e.dataOffset === null) throw new Error('the entry has no usable local header');
  if (keep && e.uncompressedSize > keep.max) throw new Error('the entry is too large');
  // An empty entry has no data to read (and an empty deflate stream would not inflate).
  const raw =
    e.compressedSize === 0
      ? Readable.from([])
      : createReadStream(zipPath, {
          start: e.dataOffset,
          end: e.dataOffset + e.compressedSize - 1,
        });
  const stream = e.method === DEFLATED && e.compressedSize > 0 ? raw.pipe(createInflateRaw()) : raw;
  if (stream !== raw) raw.on('error', (err: Error) => stream.destroy(err));
  const hash = createHash('sha256');
  let crc = 0;
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > e.uncompressedSize)
        throw new Error(`inflates to more than the declared ${e.uncompressedSize} bytes`);
      hash.update(chunk);
      crc = crc32(chunk, crc);
      keep?.chunks.push(chunk);
    }
  } finally {
    raw.destroy();
  }
  if (size !== e.uncompressedSize)
    throw new Error(`inflates to ${size} bytes, the zip declares ${e.uncompressedSize}`);
  if (crc >>> 0 !== e.crc32)
    throw new Error(
      `CRC-32 ${(crc >>> 0).toString(16)} differs from the declared ${e.crc32.toString(16)}`,
    );
  return { sha256: hash.digest('hex'), size };
}
