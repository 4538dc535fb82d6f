import { expect, test } from '@playwright/test';
import { bit, hostSelect, kindText, levelSelect, open, valueInput } from './helpers';

test.describe('permalinks and history', () => {
  test('a permalink restores value, preset and level, also after reload', async ({ page }) => {
    await open(page, '#v=0x8000000123456907&preset=ept-noad&level=2');
    await expect(valueInput(page)).toHaveValue('0x8000000123456907');
    await expect(hostSelect(page)).toHaveValue('ept-noad');
    await expect(levelSelect(page)).toHaveValue('2');
    await expect(kindText(page)).toHaveText('non-leaf');
    await page.reload();
    await expect(valueInput(page)).toHaveValue('0x8000000123456907');
    await expect(hostSelect(page)).toHaveValue('ept-noad');
    await expect(levelSelect(page)).toHaveValue('2');
  });

  test('custom parameters live in the link', async ({ page }) => {
    await open(page, '#v=0x0000000123456a67&preset=shadow&p.maxphyaddr_cpuid=40&p.x86_phys_bits=40&level=1');
    await expect(hostSelect(page)).toHaveValue('custom');
    await page.getByRole('button', { name: /^Parameters/ }).click();
    await expect(page.getByLabel('MAXPHYADDR (32–52)', { exact: true })).toHaveValue('40');
    await page.getByLabel('L1TF-affected CPU').uncheck();
    await expect(page).toHaveURL(/p\.x86_bug_l1tf=false/);
    await page.reload();
    await expect(hostSelect(page)).toHaveValue('custom');
    await page.getByRole('button', { name: /^Parameters/ }).click();
    await expect(page.getByLabel('L1TF-affected CPU')).not.toBeChecked();
    await expect(page.getByLabel('MAXPHYADDR (32–52)', { exact: true })).toHaveValue('40');
  });

  test('every change updates the hash, and a reload loses nothing', async ({ page }) => {
    await open(page);
    await expect(page).toHaveURL(/#v=0x80a0000123456f77&preset=ept-ad&level=1$/);
    await bit(page, 1).click();
    await hostSelect(page).selectOption('ept-52');
    await levelSelect(page).selectOption('3');
    await expect(page).toHaveURL(/#v=0x80a0000123456f75&preset=ept-52&level=3$/);
    await page.reload();
    await expect(valueInput(page)).toHaveValue('0x80a0000123456f75');
    await expect(hostSelect(page)).toHaveValue('ept-52');
    await expect(levelSelect(page)).toHaveValue('3');
  });

  test('text that does not parse survives a reload, but is not put in the link', async ({ page }) => {
    await open(page);
    await valueInput(page).fill('0x80a0000123456f7z');
    await expect(page.getByText(/Not a hex digit/)).toBeVisible();
    await expect(page).toHaveURL(/#v=0x80a0000123456f77&preset=ept-ad&level=1$/);
    await page.reload();
    await expect(valueInput(page)).toHaveValue('0x80a0000123456f7z');
    await expect(page.getByText(/Not a hex digit: 'z' at column 18/)).toBeVisible();
    await expect(page.getByText('Still decoding 0x80a0000123456f77')).toBeVisible();
    // Fixing the text forgets it.
    await valueInput(page).fill('0x5a0');
    await page.reload();
    await expect(valueInput(page)).toHaveValue('0x00000000000005a0');
    // Following another link in the same tab starts from that link's value.
    await valueInput(page).fill('nonsense');
    await page.goto('/#v=0x0&preset=ept-ad&level=1');
    await page.reload();
    await expect(valueInput(page)).toHaveValue('0x0000000000000000');
  });

  test('Back and Forward step through earlier values', async ({ page }) => {
    await open(page);
    await bit(page, 0).click();
    await expect(valueInput(page)).toHaveValue('0x80a0000123456f76');
    await bit(page, 1).click();
    await expect(valueInput(page)).toHaveValue('0x80a0000123456f74');
    await levelSelect(page).selectOption('2');
    await page.goBack();
    await expect(levelSelect(page)).toHaveValue('1');
    await expect(valueInput(page)).toHaveValue('0x80a0000123456f74');
    await page.goBack();
    await expect(valueInput(page)).toHaveValue('0x80a0000123456f76');
    await page.goBack();
    await expect(valueInput(page)).toHaveValue('0x80a0000123456f77');
    await page.goForward();
    await expect(valueInput(page)).toHaveValue('0x80a0000123456f76');
    await expect(bit(page, 0)).toHaveAttribute('aria-pressed', 'false');
  });

  test('typing is one history entry, not one per keystroke', async ({ page }) => {
    await open(page);
    const input = valueInput(page);
    await input.selectText();
    await input.pressSequentially('0x12345006');
    await expect(kindText(page)).toHaveText('MMIO SPTE');
    await input.blur();
    await page.goBack();
    await expect(input).toHaveValue('0x80a0000123456f77');
    await page.goForward();
    await expect(input).toHaveValue('0x0000000012345006');
  });

  test('invalid hash content shows a message, not a crash', async ({ page }) => {
    await open(page, '#v=0xnothex&preset=martian&level=0&p.maxphyaddr_cpuid=99');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Part of this link could not be used.');
    await expect(alert).toContainText('value “0xnothex” is not an SPTE');
    await expect(alert).toContainText('preset “martian” is unknown');
    await expect(alert).toContainText('level “0” is not 1 to 5');
    await expect(alert).toContainText('got 99');
    await expect(kindText(page)).toHaveText('shadow-present leaf');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('editing the hash in the address bar applies it', async ({ page }) => {
    await open(page);
    await page.evaluate(() => (window.location.hash = '#v=0x80000000000001a0&preset=ept-ad&level=1'));
    await expect(kindText(page)).toHaveText('frozen');
  });
});
