import { expect, test } from '@playwright/test';
import { bit, decodeAs, finding, hostSelect, kindText, levelSelect, valueInput, openOld } from './helpers';

test.describe('host configuration and level', () => {
  test('choosing a preset re-decodes the same value with that host layout', async ({ page }) => {
    await openOld(page);
    await expect(hostSelect(page).getByRole('option')).toHaveCount(9);
    await hostSelect(page).selectOption('npt');
    await expect(valueInput(page)).toHaveValue('0x8600000123456b77');
    await expect(page.getByRole('button', { name: 'Bit 63, NX' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bit 0, P' })).toBeVisible();
    await hostSelect(page).selectOption('ept-ad');
    await expect(page.getByRole('button', { name: 'Bit 63, Suppress #VE' })).toBeVisible();
  });

  test('the level changes leaf / non-leaf and the level-dependent checks', async ({ page }) => {
    await openOld(page);
    await levelSelect(page).selectOption('2');
    await expect(kindText(page)).toHaveText('non-leaf');
    await expect(page.getByRole('button', { name: 'Bit 12, Child table address' })).toBeVisible();
    await levelSelect(page).selectOption('5');
    await expect(finding(page, 'SPTE-L001')).toBeVisible();
    await levelSelect(page).selectOption('1');
    await expect(kindText(page)).toHaveText('shadow-present leaf');
  });

  test('parameter panel: a change that matches no preset shows Custom and re-decodes', async ({ page }) => {
    await openOld(page);
    await decodeAs(page, '0x0000000012345006');
    await expect(kindText(page)).toHaveText('MMIO SPTE');
    const toggle = page.getByRole('button', { name: /^Parameters/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const params = page.getByRole('group', { name: 'Host parameters' });
    for (const label of [
      'CPU vendor',
      'EPT A/D bits',
      'EPT execute-only',
      'MAXPHYADDR (32–52)',
      'x86_cache_bits (32–52)',
      'L1TF-affected CPU',
      'Host SME active',
      'C-bit position (0–51)',
      'TDX trust domain',
      'MMIO caching (kvm.mmio_caching)',
      'Root level (3–5)',
    ])
      await expect(params.getByLabel(label, { exact: true })).toBeVisible();

    await params.getByLabel('MMIO caching (kvm.mmio_caching)').uncheck();
    await expect(hostSelect(page)).toHaveValue('custom');
    await expect(hostSelect(page).locator('option:checked')).toHaveText('Custom');
    await expect(kindText(page)).toHaveText('non-present');
    await expect(finding(page, 'SPTE-M003')).toBeVisible();

    await params.getByLabel('MMIO caching (kvm.mmio_caching)').check();
    await expect(hostSelect(page)).toHaveValue('ept-ad');
    await expect(kindText(page)).toHaveText('MMIO SPTE');
  });

  test('an invalid combination is explained and not applied', async ({ page }) => {
    await openOld(page);
    await page.getByRole('button', { name: /^Parameters/ }).click();
    const params = page.getByRole('group', { name: 'Host parameters' });
    await params.getByLabel('CPU vendor').selectOption('amd');
    await expect(
      params.getByText('EPT A/D and execute-only are Intel EPT features; turn them off for AMD.'),
    ).toBeVisible();
    await expect(params.getByText('The "tdp-ept" MMU exists only on Intel hosts.')).toBeVisible();
    await expect(params.getByText(/Not applied/)).toBeVisible();
    await expect(params.getByLabel('CPU vendor')).toHaveAttribute('aria-invalid', 'true');
    await expect(hostSelect(page)).toHaveValue('ept-ad');
    await expect(bit(page, 63)).toHaveAccessibleName('Bit 63, Suppress #VE');

    await params.getByLabel('MAXPHYADDR (32–52)', { exact: true }).fill('20');
    await expect(params.getByText(/must be an integer from 32 to 52, got 20/)).toBeVisible();
    await params.getByRole('button', { name: 'Discard these changes' }).click();
    await expect(params.getByText(/Not applied/)).toHaveCount(0);
    await expect(params.getByLabel('CPU vendor')).toHaveValue('intel');
    await expect(params.getByLabel('MAXPHYADDR (32–52)', { exact: true })).toHaveValue('46');
  });

  test('a valid multi-step change to AMD ends on the NPT layout', async ({ page }) => {
    await openOld(page);
    await page.getByRole('button', { name: /^Parameters/ }).click();
    const params = page.getByRole('group', { name: 'Host parameters' });
    await params.getByLabel('CPU vendor').selectOption('amd');
    await params.getByLabel('MMU whose SPTEs these are').selectOption('tdp-npt');
    await params.getByLabel('EPT A/D bits').uncheck();
    await params.getByLabel('EPT execute-only').uncheck();
    await expect(params.getByText(/Not applied/)).toHaveCount(0);
    await expect(hostSelect(page)).toHaveValue('custom');
    await expect(page.getByRole('button', { name: 'Bit 63, NX' })).toBeVisible();
  });
});
