/** "Download SVG" / "Download PNG": the decoded value as a file, the same picture `spte svg` draws. */

import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { hostFromPreset, renderSvg } from '../src/core/index.ts';
import { decodeAs, open } from './helpers';

test('Download SVG saves the picture spte svg draws; Download PNG saves a PNG of it', async ({ page }) => {
  await open(page);
  await decodeAs(page, '0x8000000123456867', 'npt');

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe('spte-0x8000000123456867.svg');
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  expect(svg).toBe(renderSvg(hostFromPreset('npt')!, 0x8000000123456867n, { level: 1 }));

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toBe('spte-0x8000000123456867.png');
  const png = await readFile((await pngDownload.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Twice the SVG's 864 px width: crisp on slides.
  expect(png.readUInt32BE(16)).toBe(864 * 2);
});
