import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { levelSelect, region, valueInput, openOld } from './helpers';

const openCompare = async (page: Page) => {
  await openOld(page);
  await levelSelect(page).selectOption('1');
  const toggle = page.getByRole('button', { name: 'Compare with another value' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return region(page, 'Compare two values');
};
const other = (page: Page) => page.getByRole('textbox', { name: 'Value to compare with' });

test.describe('compare two values', () => {
  test('the inspector value against a typed one: transition, changed bits, flush decisions', async ({
    page,
  }) => {
    const panel = await openCompare(page);
    await expect(panel).toContainText('Type or paste a second SPTE');
    await other(page).fill('0x8200000123456b75');
    await expect(panel.getByTestId('transition-name')).toHaveText(
      'Write-protect for shadowing: W and MMU-writable cleared',
    );
    await expect(panel.getByTestId('changed-bits')).toContainText('changed bits: 58, 1');
    const leaf = panel.getByRole('row', { name: /leaf_spte_change_needs_tlb_flush/ });
    await expect(leaf).toContainText('true');
    await expect(leaf).toContainText('MMU-writable cleared');

    // The other way round: the inspector's value is the new one.
    await panel.getByRole('radio', { name: 'new value' }).check();
    await expect(panel.getByTestId('transition-name')).not.toHaveText(/Write-protect/);
    await expect(panel.getByRole('rowheader', { name: /^leaf_spte/ })).toBeVisible();

    // Bad text is kept, with the parser's message; the last diff goes away.
    await other(page).fill('0x82zz');
    await expect(other(page)).toHaveValue('0x82zz');
    await expect(other(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByText(/Not a hex digit: 'z' at column 5/)).toBeVisible();

    await other(page).fill('0x8200000123456b75');
    await panel.getByRole('button', { name: 'Open the other value in the inspector' }).click();
    await expect(valueInput(page)).toHaveValue('0x8200000123456b75');
  });

  test('the comparison is in the link: restored on reload, closed by a link without it', async ({ page }) => {
    const panel = await openCompare(page);
    await expect(page).toHaveURL(/&level=1&kernel=7\.1$/);
    await other(page).fill('0x8200000123456b75');
    await expect(page).toHaveURL(/&level=1&kernel=7\.1&with=0x8200000123456b75$/);
    await panel.getByRole('radio', { name: 'new value' }).check();
    await expect(page).toHaveURL(/&with=0x8200000123456b75&as=new$/);
    // Text that does not parse is not linked.
    await other(page).fill('0x82zz');
    await expect(page).toHaveURL(/&level=1&kernel=7\.1$/);
    await other(page).fill('0x8200000123456b75');

    await page.reload();
    await expect(other(page)).toHaveValue('0x8200000123456b75');
    await expect(page.getByRole('radio', { name: 'new value' })).toBeChecked();
    await expect(page.getByTestId('transition-name')).toBeVisible();

    // Closing the panel drops it from the link; a link without it closes a shown one.
    await page.getByRole('button', { name: 'Compare with another value' }).click();
    await expect(page).toHaveURL(/&level=1&kernel=7\.1$/);
    await page.goto('/#v=0x8600000123456b77&preset=ept-ad&level=1&with=0x0600000123456b77');
    await expect(other(page)).toHaveValue('0x0600000123456b77');
    await page.goto('/#v=0x8600000123456b77&preset=ept-ad&level=1');
    await expect(other(page)).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`axe: the comparison open (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openCompare(page);
      await other(page).fill('0x8200000123456b75');
      await expect(page.getByTestId('transition-name')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
});
