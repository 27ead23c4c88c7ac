import { crc32, deflateSync } from 'node:zlib';

/**
 * The demo's evidence: a small, well-formed PNG that looks like a captured public post (a card
 * with an avatar, a name line and text lines), drawn pixel by pixel so the seed needs no image
 * library. Uploads are checked whole (src/findings/evidence-types.ts), so every chunk and CRC
 * is real.
 */
const WIDTH = 360;
const HEIGHT = 200;
type Rgb = [number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export function demoPostPng(accent: Rgb, lines: number[]): Buffer {
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3, 0xf2);
  const fill = (x0: number, y0: number, w: number, h: number, c: Rgb) => {
    for (let y = y0; y < y0 + h; y++)
      for (let x = x0; x < x0 + w; x++) pixels.set(c, (y * WIDTH + x) * 3);
  };
  fill(10, 10, WIDTH - 20, HEIGHT - 20, [200, 200, 205]); // card border
  fill(11, 11, WIDTH - 22, HEIGHT - 22, [255, 255, 255]); // card
  for (let y = -18; y <= 18; y++)
    // avatar
    for (let x = -18; x <= 18; x++)
      if (x * x + y * y <= 324) pixels.set(accent, ((42 + y) * WIDTH + 44 + x) * 3);
  fill(72, 28, 120, 10, [40, 40, 48]); // display name
  fill(72, 44, 80, 8, [150, 150, 160]); // handle and date
  lines.forEach((w, i) => fill(28, 80 + i * 18, Math.min(w, WIDTH - 56), 9, [70, 70, 80]));
  fill(28, HEIGHT - 40, 60, 8, accent); // reactions
  fill(100, HEIGHT - 40, 40, 8, [150, 150, 160]);
  const raw = Buffer.alloc((WIDTH * 3 + 1) * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    raw[y * (WIDTH * 3 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (WIDTH * 3 + 1) + 1, y * WIDTH * 3, (y + 1) * WIDTH * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(WIDTH, 0);
  ihdr.writeUInt32BE(HEIGHT, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', Buffer.from('Comment\0cybervet demo capture (synthetic)', 'latin1')),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
