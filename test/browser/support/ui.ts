import { Page } from 'playwright-core';

/** Picks an option of a (Mantine) select by its label, as a person does: open it, click the option. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label).click();
  await page.getByRole('option', { name: option }).click();
}

/** A small real PNG (a 2×2 image) to upload as evidence. */
export const PNG_EVIDENCE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);
