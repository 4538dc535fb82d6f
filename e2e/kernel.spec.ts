import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { kindText, levelSelect, open, openOld, region, valueInput } from './helpers';

const kernelInput = (page: Page) => page.getByRole('combobox', { name: 'Kernel version' });
const predicate = (page: Page, name: string) => region(page, 'Predicates').getByText(name, { exact: true });

test.describe('kernel versions', () => {
  test('choosing a version shows its era and decodes with that kernel', async ({ page }) => {
    await open(page);
    await expect(kernelInput(page)).toHaveValue('current');
    await expect(page.getByText('current mainline · era 7.2 and later')).toBeVisible();
    await expect(predicate(page, 'spte_needs_atomic_update')).toBeVisible();
    await expect(predicate(page, 'is_dirty_spte')).toHaveCount(0);

    await kernelInput(page).fill('6.1');
    await expect(page.getByText('6.1 · era 5.18 – 6.9')).toBeVisible();
    await expect(region(page, 'Kernel')).toContainText('Decoding for kernel 6.1, era 5.18 – 6.9');
    await expect(page).toHaveURL(/&level=1&kernel=6\.1$/);
    await expect(predicate(page, 'spte_has_volatile_bits')).toBeVisible();
    await expect(predicate(page, 'is_dirty_spte')).toBeVisible();

    // An older era: its functions appear, later ones go, field symbols follow.
    await kernelInput(page).fill('5.15.135');
    await expect(page.getByText('5.15.135 · era 5.13 – 5.17')).toBeVisible();
    await expect(predicate(page, 'spte_can_locklessly_be_made_writable')).toBeVisible();
    await expect(predicate(page, 'is_removed_spte')).toBeVisible();
    await expect(predicate(page, 'is_mmu_writable_spte')).toHaveCount(0);
    await expect(predicate(page, 'is_frozen_spte')).toHaveCount(0);
    await kernelInput(page).fill('5.10');
    await expect(region(page, 'Fields').getByText('SPTE_MMU_WRITEABLE')).toBeVisible();
    await expect(region(page, 'Fields').getByText('PT64_BASE_ADDR_MASK')).toBeVisible();

    const masks = region(page, 'Kernel').getByText(/^Masks of this kernel/);
    await masks.click();
    await expect(region(page, 'Kernel').getByText('shadow_phys_bits', { exact: true })).toBeVisible();

    // The footer's source links follow the kernel.
    const sources = page.getByRole('navigation', { name: 'Kernel sources' });
    await expect(sources).toContainText('Kernel sources at v5.10');
    await expect(sources.getByRole('link', { name: 'spte.h' })).toHaveAttribute('href', /spte\.h\?h=v5\.10$/);
  });

  test('the kernel lives in the permalink: restored on reload, stepped by Back', async ({ page }) => {
    await open(page, '#v=0x8600000123456b77&preset=ept-ad&level=1&kernel=6.12');
    await expect(kernelInput(page)).toHaveValue('6.12');
    await expect(page.getByText('6.12 · era 6.10 – 6.12')).toBeVisible();
    await page.reload();
    await expect(kernelInput(page)).toHaveValue('6.12');
    await expect(region(page, 'Kernel')).toContainText('Decoding for kernel 6.12');

    await kernelInput(page).fill('current');
    await expect(page).toHaveURL(/#v=0x8600000123456b77&preset=ept-ad&level=1$/);
    await page.goBack();
    await expect(kernelInput(page)).toHaveValue('6.12');
    await expect(page).toHaveURL(/&kernel=6\.12$/);
  });

  test('an unusable version shows the parser’s message and is not applied', async ({ page }) => {
    await open(page);
    await kernelInput(page).fill('6.1');
    await kernelInput(page).fill('2.4');
    await expect(kernelInput(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/"2\.4" is older than KVM/)).toBeVisible();
    // Still decoding with the last valid kernel, and the link keeps it.
    await expect(page.getByText('6.1 · era 5.18 – 6.9')).toBeVisible();
    await expect(page).toHaveURL(/&kernel=6\.1$/);
    await kernelInput(page).fill('banana');
    await expect(page.getByText(/"banana" is not a kernel version/)).toBeVisible();
    await kernelInput(page).fill('6.6');
    await expect(kernelInput(page)).toHaveAttribute('aria-invalid', 'false');
  });

  test('a broken kernel in a link is reported, not applied', async ({ page }) => {
    await open(page, '#v=0x8600000123456b77&preset=ept-ad&level=1&kernel=2.4');
    await expect(page.getByRole('alert')).toContainText("The link's kernel is not usable");
    await expect(kernelInput(page)).toHaveValue('current');
  });

  test('the value suggests an era; it is applied only by a click', async ({ page }) => {
    // A 5.10-era EPT leaf: Host-/MMU-writable at bits 10/11, nothing at 57/58.
    // An explicit kernel: a link without one would be read under auto.
    await open(page, '#v=0x0000000123456f77&preset=ept-ad&level=1&kernel=current');
    const kernel = region(page, 'Kernel');
    await expect(kernel).toContainText('This value does not fit the chosen era (7.2 and later)');
    const oldest = kernel.locator('li[data-era="special-type"]');
    await expect(oldest).toContainText('5.10 – 5.12 fits');
    await expect(oldest).toContainText('bit 10 set: Host-writable before 5.13');
    await expect(kernel.locator('li[data-era="mbec"]')).toContainText('does not fit (chosen)');
    await expect(kernelInput(page)).toHaveValue('current');

    await kernel.getByRole('button', { name: 'Use 5.10 – 5.12' }).click();
    await expect(kernelInput(page)).toHaveValue('5.10');
    await expect(page).toHaveURL(/&kernel=5\.10$/);
    await expect(kernel).toContainText('This value fits the chosen era (5.10 – 5.12).');
    await expect(oldest).toContainText('(chosen)');
    await expect(kindText(page)).toHaveText('shadow-present leaf');
  });

  test('compare kernels: the same value under two versions, differences marked', async ({ page }) => {
    await openOld(page);
    await levelSelect(page).selectOption('1');
    await page.getByRole('button', { name: 'Compare kernels' }).click();
    const compare = region(page, 'Compare kernels');
    await expect(compare).toBeVisible();
    await page.getByRole('combobox', { name: 'Kernel B' }).selectOption('5.10');
    await expect(compare.getByTestId('compare-summary')).toHaveText(
      'Bits read differently: 63, 58, 57, 53–52, 45–12, 11, 10. 11 predicates differ.',
    );
    const a = compare.getByRole('region', { name: 'Kernel A' });
    const b = compare.getByRole('region', { name: 'Kernel B' });
    await expect(a.getByRole('heading')).toHaveText('kernel 7.1 (era ad-always, 6.13 – 7.1)');
    await expect(b.getByRole('heading')).toHaveText('kernel 5.10 (era special-type, 5.10 – 5.12)');
    await expect(a.locator('li[data-field-id="mmu_present"]')).toHaveAttribute('data-differs', 'true');
    await expect(a.locator('li[data-field-id="mmu_present"]')).toContainText('differs');
    await expect(b.locator('li[data-differs]', { hasText: 'SPTE_MMU_WRITEABLE' })).toBeVisible();
    await expect(a.locator('li[data-field-id="pfn"]')).toHaveAttribute('data-differs', 'true');
    const dirty = compare.getByRole('row', { name: /is_dirty_spte/ });
    await expect(dirty).toContainText('only in kernel B');
    await expect(dirty).toContainText('absent in this kernel');
    // Same value, same layout: nothing differs.
    await page.getByRole('combobox', { name: 'Kernel B' }).selectOption('7.1');
    await expect(compare.getByTestId('compare-summary')).toHaveText(
      'Every bit means the same under both kernels. No predicate differs.',
    );
    await page.getByRole('combobox', { name: 'Kernel B' }).selectOption('6.1');
    await compare.getByRole('button', { name: 'Decode the inspector with kernel B' }).click();
    await expect(kernelInput(page)).toHaveValue('6.1');
    await expect(valueInput(page)).toHaveValue('0x8600000123456b77');
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`axe: kernel panel, suggestions and comparison (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, '#v=0x0000000123456f77&preset=ept-ad&level=1&kernel=6.1');
      await kernelInput(page).fill('2.4');
      await region(page, 'Kernel')
        .getByText(/^Masks of this kernel/)
        .click();
      await page.getByRole('button', { name: 'Compare kernels' }).click();
      await expect(region(page, 'Compare kernels').getByTestId('compare-summary')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });
});
