import { expect, test, type Page } from '@playwright/test';
import { allBits, bit, decodeAs, fieldRow, kindText, valueInput, openOld } from './helpers';

const rowsOf = async (page: Page) =>
  new Set(await allBits(page).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top))))
    .size;

test.describe('bit grid', () => {
  test('64 toggle buttons from bit 63 to bit 0, named by bit and field', async ({ page }) => {
    await openOld(page);
    const names = await allBits(page).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names).toHaveLength(64);
    expect(names[0]).toBe('Bit 63, Suppress #VE');
    expect(names[63]).toBe('Bit 0, R');
    expect(names).toContain('Bit 58, MMU-writable');
    await expect(bit(page, 58)).toHaveAttribute('aria-pressed', 'true');
    await expect(bit(page, 62)).toHaveAttribute('aria-pressed', 'false');
    // Bit numbers and values are visible text in every cell.
    await expect(bit(page, 58)).toHaveText('581');
    await expect(bit(page, 0)).toHaveText('01');
  });

  test('clicking toggles a bit and re-decodes; the layout follows the kind', async ({ page }) => {
    await openOld(page);
    await bit(page, 58).click();
    await expect(bit(page, 58)).toHaveAttribute('aria-pressed', 'false');
    await expect(valueInput(page)).toHaveValue('0x8200000123456b77');
    await bit(page, 11).click();
    await expect(kindText(page)).toHaveText('non-present');
    await expect(page.getByRole('button', { name: 'Bit 58, Non-present value' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Bit 11, MMU-present' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  test('keyboard only: one tab stop, arrows move, Space and Enter toggle', async ({ page }) => {
    await openOld(page);
    await valueInput(page).focus();
    let steps = 0;
    while (
      !(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Bit ')))
    ) {
      await page.keyboard.press('Tab');
      expect(++steps).toBeLessThan(20);
    }
    await expect(bit(page, 63)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(bit(page, 62)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(bit(page, 62)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('End');
    await expect(bit(page, 0)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(bit(page, 0)).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('ArrowLeft');
    await expect(bit(page, 1)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(bit(page, 63)).toBeFocused();
    await expect(valueInput(page)).toHaveValue('0xc600000123456b76');
    // Undo from the keyboard, while the grid has focus.
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(valueInput(page)).toHaveValue('0xc600000123456b77');
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect(valueInput(page)).toHaveValue('0xc600000123456b76');
    // The grid is a single tab stop: Tab leaves it.
    await bit(page, 30).focus();
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(after.startsWith('Bit ')).toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect(bit(page, 30)).toBeFocused();
  });

  test('hovering a bit highlights its field and the field row, and the reverse', async ({ page }) => {
    await openOld(page);
    await bit(page, 20).hover();
    await expect(bit(page, 45)).toHaveAttribute('data-highlighted', 'true');
    await expect(bit(page, 12)).toHaveAttribute('data-highlighted', 'true');
    await expect(bit(page, 11)).not.toHaveAttribute('data-highlighted');
    await expect(fieldRow(page, 'pfn')).toHaveAttribute('data-highlighted', 'true');
    await expect(page.getByText(/^Bits 45–12 · PFN = pfn 0x123456/)).toBeVisible();

    await fieldRow(page, 'memtype').hover();
    for (const n of [3, 4, 5]) await expect(bit(page, n)).toHaveAttribute('data-highlighted', 'true');
    await expect(bit(page, 6)).not.toHaveAttribute('data-highlighted');
    await expect(fieldRow(page, 'pfn')).not.toHaveAttribute('data-highlighted');
  });

  test('focusing a bit highlights its field too', async ({ page }) => {
    await openOld(page);
    await bit(page, 53).focus();
    await expect(bit(page, 52)).toHaveAttribute('data-highlighted', 'true');
    await expect(fieldRow(page, 'ad_type')).toHaveAttribute('data-highlighted', 'true');
  });

  test('the legend names every colour category in use', async ({ page }) => {
    await openOld(page);
    const legend = page.getByRole('list', { name: 'Legend' });
    for (const name of ['Permissions', 'Memory type', 'PFN / GFN', 'Host/MMU-writable', 'Reserved'])
      await expect(legend.getByText(name, { exact: true })).toBeVisible();
    await decodeAs(page, '0x0000000012345006');
    await expect(legend.getByText('MMIO generation', { exact: true })).toBeVisible();
  });

  test('360px wide: eight rows of 8 bits (targets of 24 px and more), no horizontal scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await openOld(page);
    expect(await rowsOf(page)).toBe(8);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = (await bit(page, 0).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  });

  test('wider screens: two rows at 1024px, one row at 1920px', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await openOld(page);
    expect(await rowsOf(page)).toBe(2);
    await page.setViewportSize({ width: 1920, height: 900 });
    await expect.poll(() => rowsOf(page)).toBe(1);
  });
});
