import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bit, decodeAs, open, valueInput } from './helpers';

const violations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
};

for (const scheme of ['light', 'dark'] as const)
  test.describe(`axe, ${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test('default leaf, with the parameters panel open', async ({ page }) => {
      await open(page);
      await page.getByRole('button', { name: /^Parameters/ }).click();
      // Scan the panel itself, not its loading placeholder.
      await expect(page.getByRole('group', { name: 'Host parameters' })).toBeVisible();
      await bit(page, 20).hover();
      expect(await violations(page)).toEqual([]);
    });

    test('findings-heavy MMIO value and an invalid parameter draft', async ({ page }) => {
      await open(page);
      await decodeAs(page, '0x0000000012345806', 'ept-ad-l1tf');
      await page.getByRole('button', { name: 'Highlight bits 5, 4, 3, 2, 1, 0' }).click();
      await page.getByRole('button', { name: /^Parameters/ }).click();
      await page.getByLabel('CPU vendor').selectOption('amd');
      expect(await violations(page)).toEqual([]);
    });

    test('invalid input at 360px', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await open(page);
      await valueInput(page).fill('0x12zz');
      await expect(page.getByText(/Not a hex digit/)).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    // One scan per test: a full-page axe run takes seconds on a loaded CI machine.
    for (const [kind, v, preset] of [
      ['frozen', '0x80000000000005a0', 'ept-ad'],
      ['non-present', '0x8000000000000000', 'ept-ad'],
      ['access-tracked', '0x8750000123456a70', 'ept-noad'],
      ['NPT leaf with C-bit', '0x0000000123456e67', 'npt-sme'],
    ] as const)
      test(`SPTE kind: ${kind}`, async ({ page }) => {
        await open(page);
        await decodeAs(page, v, preset);
        expect(await violations(page)).toEqual([]);
      });
  });

test('focus is always visible', async ({ page }) => {
  await open(page);
  await valueInput(page).focus();
  await page.keyboard.press('Tab');
  for (let i = 0; i < 12; i++) {
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      const label = el.closest('label');
      const ls = label ? getComputedStyle(label) : null;
      return [s.outlineStyle, ls?.outlineStyle ?? 'none', s.boxShadow];
    });
    expect(outline.some((o) => o !== 'none' && o !== '')).toBe(true);
    await page.keyboard.press('Tab');
  }
});
