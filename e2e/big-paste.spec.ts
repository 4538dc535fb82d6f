/**
 * A paste far larger than any SPTE: the value field refuses it, says so and offers it to
 * the Log tab; the page stays responsive. "Responsive" is asserted the way a user notices
 * it: every next interaction succeeds within the normal timeouts (no timed assertions).
 */

import { expect, test, type Page } from '@playwright/test';
import { bit, kindText, open, valueInput } from './helpers';

const MB20 = 20_000_000;

/** Puts `n` characters of SPTE-rich log text on the clipboard, built in the page. */
async function clipboardLog(page: Page, n: number) {
  await page.evaluate(async (size) => {
    // 40 characters per SPTE: denser than any real trace, so the Log tab's cap applies.
    const line = '------ spte 0x2038001ffe00d407 level 1.\n';
    await navigator.clipboard.writeText(line.repeat(Math.ceil(size / line.length)).slice(0, size));
  }, n);
}

test('a 20 MB paste into the value field is refused, explained and offered to the Log tab', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, '#v=0x8600000123456b77&preset=ept-ad&level=1');
  await clipboardLog(page, MB20);
  const input = valueInput(page);
  await input.fill('0x86000001234');
  await input.press('ControlOrMeta+V');

  const alert = page.getByRole('alert').filter({ hasText: 'far longer than any SPTE' });
  await expect(alert).toContainText('The pasted text (20,000,000 characters)');
  // Nothing the user typed was lost, and the page answers the next keystrokes at once.
  await expect(input).toHaveValue('0x86000001234');
  await input.press('End');
  await input.pressSequentially('56b77');
  await expect(input).toHaveValue('0x8600000123456b77');
  await expect(kindText(page)).toHaveText('shadow-present leaf');
  await bit(page, 1).click();
  await expect(bit(page, 1)).toHaveAttribute('aria-pressed', 'false');

  // The Log tab takes it: summarised, not laid out; the SPTEs beyond the cap are counted.
  await alert.getByRole('button', { name: 'Read it in the Log tab' }).click();
  await expect(page.getByRole('tab', { name: 'Log' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(/^Pasted log: 500,000 lines, 20\.0 MB\./)).toBeVisible();
  const status = page.getByTestId('log-status');
  await expect(status).toContainText('Found 500,000 SPTEs in 500,000 lines.', { timeout: 90_000 });
  // The kernel and host read from the text are then applied, and the list is decoded again.
  await expect(status).toContainText('Only the first 400,000 are listed', { timeout: 90_000 });
  await expect(status).toContainText('100,000 more were left out');
  // Still responsive: back to the value, which is what it was.
  await page.getByRole('tab', { name: 'Value' }).click();
  await expect(valueInput(page)).toHaveValue('0x8600000123456b75');
});

test('a short log line pasted into the value field is still taken (and offered)', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.evaluate(() =>
    navigator.clipboard.writeText('kvm: Writable SPTE is not MMU-writable: 82000001234b77'),
  );
  await valueInput(page).selectText();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(valueInput(page)).toHaveValue('kvm: Writable SPTE is not MMU-writable: 82000001234b77');
  await expect(page.getByRole('group', { name: 'SPTEs in the pasted text' })).toBeVisible();
});

test('a 1 MB paste into the kernel field is refused with a short message; the field keeps its text', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await page.evaluate(() => navigator.clipboard.writeText('6.1-' + 'x'.repeat(1_000_000)));
  const kernel = page.getByRole('combobox', { name: 'Kernel version' });
  await kernel.fill('6.1');
  await kernel.press('ControlOrMeta+V');
  await expect(kernel).toHaveValue('6.1');
  await expect(
    page.getByText('The pasted text (1,000,004 characters) is not a kernel version'),
  ).toBeVisible();
  await kernel.fill('5.15');
  await expect(page.getByText(/is not a kernel version/)).toHaveCount(0);
});
