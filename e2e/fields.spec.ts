import { expect, test } from '@playwright/test';
import { decodeAs, fieldRow, finding, region, valueInput, openOld } from './helpers';

test.describe('field list', () => {
  test('every field shows its range, raw value, meaning and kernel symbol', async ({ page }) => {
    await openOld(page);
    const rows = region(page, 'Fields').locator('li[data-field-id]');
    await expect(rows).toHaveCount(20);
    const pfn = fieldRow(page, 'pfn');
    await expect(pfn).toContainText('45–12');
    await expect(pfn).toContainText('PFN');
    await expect(pfn).toContainText('Raw 0x123456 · decoded pfn 0x123456');
    await expect(pfn).toContainText('SPTE_BASE_ADDR_MASK');
    await expect(pfn).toContainText('Host page frame number this SPTE maps');
    await expect(fieldRow(page, 'mmu_writable')).toContainText('Raw 1 · decoded set');
    await expect(fieldRow(page, 'memtype')).toContainText('Raw 0x6 · decoded 6 = WB (write-back)');
  });

  test('PFN is editable in hex; bad input shows an error and keeps the text', async ({ page }) => {
    await openOld(page);
    const pfn = page.getByRole('textbox', { name: 'PFN (bits 45–12), hex' });
    await pfn.fill('0xabcdef');
    await expect(valueInput(page)).toHaveValue('0x8600000abcdefb77');
    await pfn.fill('0xabcdefg');
    await expect(pfn).toHaveValue('0xabcdefg');
    await expect(pfn).toHaveAttribute('aria-invalid', 'true');
    await expect(fieldRow(page, 'pfn')).toContainText("Not a hex digit: 'g'");
    await expect(valueInput(page)).toHaveValue('0x8600000abcdefb77');
    await pfn.fill('0x400000000');
    await expect(fieldRow(page, 'pfn')).toContainText('PFN is 34 bits wide: enter 0 to 0x3ffffffff.');
    await pfn.blur();
    await expect(pfn).toHaveValue('0x400000000');
  });

  test('memory type and A/D type are selects of every encoding', async ({ page }) => {
    await openOld(page);
    const mt = page.getByRole('combobox', { name: 'Memory type (bits 5–3)' });
    await expect(mt.getByRole('option')).toHaveCount(8);
    await mt.selectOption('0');
    await expect(valueInput(page)).toHaveValue('0x8600000123456b47');
    await mt.selectOption('2');
    await expect(finding(page, 'SPTE-R002')).toBeVisible();

    const ad = page.getByRole('combobox', { name: 'A/D type (bits 53–52)' });
    await expect(ad.getByRole('option')).toHaveCount(4);
    await ad.selectOption('1');
    await expect(fieldRow(page, 'ad_type')).toContainText('01 = DISABLED (access tracking)');
    await expect(finding(page, 'SPTE-A004')).toBeVisible();
  });

  test('MMIO generation and GFN are edited as whole numbers', async ({ page }) => {
    await openOld(page);
    await decodeAs(page, '0x0000000012345006');
    const predicates = region(page, 'Predicates');
    const gen = page.getByRole('textbox', { name: 'MMIO generation' });
    await expect(gen).toHaveValue('0');
    await gen.fill('300000');
    await expect(predicates.locator('li', { hasText: 'get_mmio_spte_generation' })).toContainText('300000');
    await gen.fill('600000');
    await expect(fieldRow(page, 'gen_high')).toContainText('enter 0 to 524287');
    await expect(gen).toHaveValue('600000');

    const gfn = page.getByRole('textbox', { name: 'MMIO GFN, hex' });
    await gfn.fill('0xabcde');
    await expect(predicates.locator('li', { hasText: 'get_mmio_spte_gfn' })).toContainText('0xabcde');
    await expect(finding(page, 'SPTE-M001')).toContainText('gfn 0xabcde, generation 300000');
  });

  test('field edits are undoable', async ({ page }) => {
    await openOld(page);
    await page.getByRole('textbox', { name: 'PFN (bits 45–12), hex' }).fill('0x1');
    await expect(valueInput(page)).toHaveValue('0x8600000000001b77');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(valueInput(page)).toHaveValue('0x8600000123456b77');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(valueInput(page)).toHaveValue('0x8600000000001b77');
  });
});
