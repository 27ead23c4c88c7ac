import { crc32, deflateSync } from 'node:zlib';
import { Locator, Page } from 'playwright-core';

/** Picks an option of a (Mantine) select by its label, as a person does: open it, click the option. */
export async function choose(
  page: Page,
  label: string,
  option: string | RegExp,
  within: Page | Locator = page,
): Promise<void> {
  const box = within.getByRole('combobox', { name: label });
  const item = page.getByRole('option', { name: option, exact: typeof option === 'string' });
  // On a busy machine a click can land while the list is still closing from an earlier
  // choice; a person would click again, and so does this.
  for (let attempt = 1; ; attempt++) {
    await box.click();
    try {
      await item.click({ timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** A real PNG (a solid 48×32 image, valid CRCs) to upload as evidence and see displayed. */
export function pngEvidence(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const [width, height] = [48, 32];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.alloc(width * 3, Buffer.from([30, 90, 200])),
  ]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
