import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { readZip } from './bundle-verifier';
import { readZipStructure, unsafeName } from './zip-structure';

describe('zip structure reader', () => {
  it('accepts the zip64 form yazl writes for bundles past 4 GiB (forced here on small entries)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'zip64-')), 'a.zip');
    const zip = new ZipFile();
    const done = new Promise<void>((r) =>
      zip.outputStream.pipe(createWriteStream(path)).on('close', () => r()),
    );
    zip.addBuffer(Buffer.from('hello'), 'a.txt', { forceZip64Format: true });
    zip.addReadStream(Readable.from([Buffer.from('world')]), 'b.txt', { forceZip64Format: true });
    zip.addReadStream(Readable.from([Buffer.from('plain')]), 'c.txt', { compress: false });
    // yazl's end() takes forceZip64Format (a zip64 end record); its typings leave it out.
    zip.end({ forceZip64Format: true } as Parameters<ZipFile['end']>[0]);
    await done;
    expect((await readZipStructure(path)).problems).toEqual([]);
    const contents = await readZip(path);
    expect([...contents.files.keys()]).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect([...contents.files.values()].every((v) => 'sha256' in v)).toBe(true);
  });

  it('names why an entry name is unsafe', () => {
    expect(unsafeName('evidence/1234')).toBeNull();
    expect(unsafeName('reports/')).toBeNull();
    expect(unsafeName('a/../b')).toMatch(/climbs out/);
    expect(unsafeName('/abs')).toMatch(/absolute/);
    expect(unsafeName('a\u0000b')).toMatch(/control character/);
  });
});
