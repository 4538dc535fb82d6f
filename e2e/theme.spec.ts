import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('dark'));
const bodyBg = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('themes', () => {
  test('follows prefers-color-scheme by default', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page);
    await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
    expect(await isDark(page)).toBe(true);
    const dark = await bodyBg(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => isDark(page)).toBe(false);
    expect(await bodyBg(page)).not.toBe(dark);
  });

  test('the switch overrides the system and persists across reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => isDark(page)).toBe(true);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(await isDark(page)).toBe(true);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(() => isDark(page)).toBe(false);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(await isDark(page)).toBe(false);

    await page.getByRole('radio', { name: 'System' }).check();
    await expect.poll(() => isDark(page)).toBe(true);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
  });

  test('the theme switch works from the keyboard', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page);
    await page.getByRole('radio', { name: 'System' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expect.poll(() => isDark(page)).toBe(true);
  });

  test('cells are readable in both themes (text colour differs from the cell colour)', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      const [fg, bg] = await page
        .getByRole('button', { name: /^Bit 58,/ })
        .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
      expect(fg).not.toBe(bg);
    }
  });
});
