import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

export interface ManifestEntry {
  path: string;
  sha256: string;
  size: number;
}

type Source = Readable | AsyncIterable<Buffer | string> | Buffer | string;

/** A pass-through that hashes and counts what flows through it. */
function digestTap(onDone: (sha256: string, size: number) => void): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer | string, _enc, cb) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      hash.update(b);
      size += b.length;
      cb(null, b);
    },
    flush(cb) {
      onDone(hash.digest('hex'), size);
      cb();
    },
  });
}

/**
 * Writes a zip straight to disk, one entry at a time: each entry's content is streamed through
 * a hash on its way in (so the manifest never needs a second read), and the zip file itself is
 * hashed on its way out. Nothing larger than a stream buffer is held in memory.
 */
export class BundleWriter {
  private readonly zip = new ZipFile();
  private readonly written: Promise<void>;
  private failure: Error | null = null;
  private readonly failed: Promise<never>;
  private zipSha256 = '';
  private zipSize = 0;
  private readonly names = new Set<string>();
  readonly entries: ManifestEntry[] = [];

  constructor(
    readonly path: string,
    private readonly mtime = new Date(),
  ) {
    let reject!: (e: Error) => void;
    this.failed = new Promise<never>((_, r) => (reject = r));
    this.failed.catch(() => undefined);
    const fail = (e: Error) => {
      this.failure ??= e;
      reject(e);
    };
    this.zip.on('error', fail);
    this.written = pipeline(
      this.zip.outputStream as unknown as Readable,
      digestTap((sha256, size) => {
        this.zipSha256 = sha256;
        this.zipSize = size;
      }),
      createWriteStream(path, { flags: 'wx', mode: 0o640 }),
    );
    this.written.catch(fail);
  }

  /** Adds one entry and resolves once all of it is in the zip, with its SHA-256 and size. */
  async add(name: string, source: Source): Promise<ManifestEntry> {
    if (this.failure) throw this.failure;
    if (this.names.has(name)) throw new Error(`Duplicate bundle entry ${name}`);
    this.names.add(name);
    const readable =
      source instanceof Readable
        ? source
        : Buffer.isBuffer(source) || typeof source === 'string'
          ? Readable.from([Buffer.from(source)], { objectMode: false })
          : Readable.from(source, { objectMode: false });
    let entry: ManifestEntry | undefined;
    const tap = digestTap((sha256, size) => (entry = { path: name, sha256, size }));
    const consumed = new Promise<void>((resolve, reject) => {
      tap.on('end', resolve);
      tap.on('error', reject);
      readable.on('error', reject);
    });
    this.zip.addReadStreamLazy(name, { mtime: this.mtime }, (cb) => cb(null, readable.pipe(tap)));
    try {
      await Promise.race([consumed, this.failed]);
    } catch (error) {
      readable.destroy();
      this.failure ??= error as Error;
      throw error;
    }
    this.entries.push(entry!);
    return entry!;
  }

  /** Ends the zip and waits for it to be on disk; returns its SHA-256 and size. */
  async finish(): Promise<{ sha256: string; size: number }> {
    if (this.failure) throw this.failure;
    this.zip.end();
    await Promise.race([this.written, this.failed]);
    return { sha256: this.zipSha256, size: this.zipSize };
  }

  /** Stops writing after a failure (the caller removes the partial file). */
  async abort(): Promise<void> {
    const out = this.zip.outputStream as unknown as Readable;
    out.destroy();
    await this.written.catch(() => undefined);
  }
}
