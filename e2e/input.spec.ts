import { expect, test } from '@playwright/test';
import { allBits, bit, kindText, valueInput, openOld } from './helpers';

test.describe('value input', () => {
  test('decodes as you type', async ({ page }) => {
    await openOld(page);
    const input = valueInput(page);
    await input.fill('');
    await input.pressSequentially('0x8000');
    await expect(kindText(page)).toHaveText('non-present');
    await input.pressSequentially('000000000000');
    await expect(bit(page, 63)).toHaveAttribute('aria-pressed', 'true');
    await expect(kindText(page)).toHaveText(/non-present/);
    await expect(page.getByText('Decoding 0x8000000000000000')).toBeVisible();
  });

  test('accepts pasted text with separators', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openOld(page);
    await page.evaluate(() => navigator.clipboard.writeText('  0x0000_0000_1234_5006  '));
    const input = valueInput(page);
    await input.selectText();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(input).toHaveValue('  0x0000_0000_1234_5006  ');
    await expect(kindText(page)).toHaveText('MMIO SPTE');
    await expect(page.getByText('Decoding 0x0000000012345006')).toBeVisible();
  });

  test('invalid text shows the parser message and keeps the text and the last decode', async ({ page }) => {
    await openOld(page);
    const input = valueInput(page);
    await input.fill('0x8600000123456b7z');
    await expect(input).toHaveValue('0x8600000123456b7z');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText("Not a hex digit: 'z' at column 18.", { exact: false })).toBeVisible();
    await expect(page.getByText('Still decoding 0x8600000123456b77')).toBeVisible();
    await expect(kindText(page)).toHaveText('shadow-present leaf');
    await expect(allBits(page)).toHaveCount(64);

    await input.fill('0x1_0000_0000_0000_0000');
    await expect(page.getByText(/Too wide: 17 significant hex digits/)).toBeVisible();
    await input.fill('');
    await expect(page.getByText(/Empty input/)).toBeVisible();
    await expect(input).toHaveValue('');
  });

  test('a pasted log line offers its SPTEs; taking one is one undo step', async ({ page }) => {
    await openOld(page);
    const line =
      '[  812.113221] kvm: ------ spte = 0x80100000fe00db77 level = 1, rsvd bits = 0x10000000000000';
    await valueInput(page).fill(line);
    await expect(page.getByText(/Not a hex digit/)).toBeVisible();
    const offer = page.getByRole('group', { name: 'SPTEs in the pasted text' });
    // The reserved-bits mask on the same line is not an SPTE.
    await expect(offer.getByRole('button', { name: /^Decode/ })).toHaveCount(1);
    await offer.getByRole('button', { name: 'Decode 0x80100000fe00db77 at level 1' }).click();
    await expect(valueInput(page)).toHaveValue('0x80100000fe00db77');
    await expect(offer).toHaveCount(0);
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect(valueInput(page)).toHaveValue(line);

    await page
      .getByRole('group', { name: 'SPTEs in the pasted text' })
      .getByRole('button', { name: 'Read it in the Log tab' })
      .click();
    await expect(page.getByRole('tab', { name: 'Log' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('log-status')).toHaveText('Found 1 SPTE in 1 line.');
  });

  test('the message does not move the grid (space is reserved)', async ({ page }) => {
    await openOld(page);
    const before = await bit(page, 63).boundingBox();
    await valueInput(page).fill('0x1_0000_0000_0000_0000 is far too wide for an SPTE');
    await expect(page.getByText(/Not a hex digit/)).toBeVisible();
    expect(await bit(page, 63).boundingBox()).toEqual(before);
    await valueInput(page).fill('0x8600000123456b77');
    expect(await bit(page, 63).boundingBox()).toEqual(before);
  });

  test('the value field keeps a fixed width', async ({ page }) => {
    await openOld(page);
    const before = await valueInput(page).boundingBox();
    await valueInput(page).fill('0x1');
    expect(await valueInput(page).boundingBox()).toEqual(before);
    const font = await valueInput(page).evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toMatch(/mono/i);
  });
});
