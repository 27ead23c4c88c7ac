import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createReadStream, ReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { AppConfig } from '../config/app-config';

/**
 * Durable, write-once evidence storage on the local filesystem (a named volume in Docker):
 * `EVIDENCE_DIR/<aa>/<evidence id>`, created exclusively and read-only. Only the retention purge
 * removes a file, and it leaves a tombstone with the file's SHA-256.
 */
@Injectable()
export class EvidenceStore {
  private readonly root: string;

  constructor(config: AppConfig) {
    this.root = resolve(config.EVIDENCE_DIR);
  }

  static sha256(data: Buffer): string {
    return createHash('sha256').update(data).digest('hex');
  }

  keyFor(id: string): string {
    return join(id.slice(0, 2), id);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    // 'wx' fails if the file exists: evidence is never overwritten.
    await writeFile(path, data, { flag: 'wx', mode: 0o440 });
  }

  open(key: string): ReadStream {
    return createReadStream(this.path(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  path(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root)) throw new Error('Evidence key escapes the store');
    return path;
  }
}
