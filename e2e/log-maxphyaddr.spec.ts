import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { open } from './helpers';

/** The corpus' Core 2 trace: shadow paging on an L1TF-affected MAXPHYADDR-36 host. */
const CORE2 = readFileSync(
  new URL('../src/core/infer/corpus/c09-5.15-core2-shadow-mmio.txt', import.meta.url),
  'utf8',
);

test('a trace whose MMIO GFNs fit another MAXPHYADDR says so, and one click uses it', async ({ page }) => {
  await open(page);
  await page.getByRole('tab', { name: 'Log' }).click();
  await page.getByRole('textbox', { name: 'Log text' }).fill(CORE2);
  await expect(page.getByTestId('log-decision')).toContainText('on shadow paging');
  const list = page.getByRole('grid', { name: 'SPTEs in the log' });
  // Read with the shadow preset's MAXPHYADDR 39, the guard bits of a 36-bit host look wrong.
  await expect(list).toContainText('SPTE-M004');

  const note = page.getByTestId('log-maxphyaddr');
  await expect(note).toContainText('SPTE-K002');
  await expect(note).toContainText('the address fits MAXPHYADDR 36 or 37');
  await note.getByRole('button', { name: 'Use MAXPHYADDR 36' }).click();

  // Now the traced GFNs agree: no note, and the MMIO SPTEs are plain MMIO SPTEs.
  await expect(note).toHaveCount(0);
  await expect(list).not.toContainText('SPTE-M004');
  await page.getByRole('tab', { name: 'Value' }).click();
  await page.getByRole('button', { name: /^Parameters/ }).click();
  await expect(page.getByLabel(/MAXPHYADDR/).first()).toHaveValue('36');
});
