/**
 * The grid tells the story (issue 13): field lanes, the verdict strip where you click,
 * one-click legal fixes, the H/M/W control, the one-screen layout, phone targets, and
 * lanes and read-only wording in compact embeds. Roles and labels only.
 */

import { expect, test, type Locator, type Page } from '@playwright/test';
import { bit, open, openOld, region, valueInput } from './helpers';

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4174}`;
const verdict = (page: Page | Locator) => page.getByRole('group', { name: 'Verdict' });
/** The strip's polite live region (no role, so the page's status lines stay unique). */
const announcement = (page: Page) => verdict(page).locator('[aria-live="polite"]');
const lanes = (page: Page | Locator, hi: number) =>
  page.getByRole('list', { name: `Fields over bits ${hi} to ${hi - 7}` }).first();

/** The element lies wholly inside the viewport (nothing to scroll to see it). */
async function expectOnScreen(page: Page, l: Locator, what: string) {
  const box = await l.boundingBox();
  const vp = page.viewportSize()!;
  expect(box, what).not.toBeNull();
  expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(box!.x, `${what} left`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what} bottom`).toBeLessThanOrEqual(vp.height);
  expect(box!.x + box!.width, `${what} right`).toBeLessThanOrEqual(vp.width);
}

test('lanes name every field over its cells, short where tight, full name for readers', async ({ page }) => {
  await openOld(page);
  const top = lanes(page, 63);
  await expect(top.getByRole('listitem')).toHaveText([
    /^Suppress #VE/,
    /^Unused/,
    /^MMU-writable/,
    /^Host-writable/,
    /^Saved X/,
  ]);
  // On screen a one-bit lane shows the short name; hovering tells the full one.
  await expect(top.getByRole('listitem').nth(2)).toHaveAttribute('title', 'MMU-writable, bit 58');
  await expect(top.getByRole('listitem').nth(2).getByText('MW')).toBeVisible();
  await expect(lanes(page, 7).getByRole('listitem')).toHaveText([
    /^Page size/,
    /^IPAT/,
    /^Memory type/,
    /^X/,
    /^W/,
    /^R/,
  ]);
  // A field that spans bytes is named in each byte it covers.
  await expect(lanes(page, 39).getByRole('listitem')).toHaveText([/^PFN/]);
});

test('a toggle into an illegal state shows and announces the error at the grid; one click fixes it', async ({
  page,
}) => {
  await openOld(page);
  await expect(verdict(page)).toContainText('shadow-present leaf');
  await expect(verdict(page)).toContainText('No problems');

  await bit(page, 58).click();
  const strip = verdict(page);
  await expect(strip).toContainText('H 1 · M 0 · W 1');
  await expect(strip).toContainText('illegal');
  await expect(strip.getByRole('list', { name: 'Worst findings' })).toContainText(
    'SPTE-W002Writable without MMU-writable',
  );
  await expect(announcement(page)).toContainText('SPTE-W002 Writable without MMU-writable');
  // The bits the error names are ringed, and say so.
  await expect(bit(page, 58)).toHaveAccessibleName('Bit 58, MMU-writable, named by an error');
  await expect(bit(page, 1)).toHaveAccessibleName('Bit 1, W, named by an error');

  await strip.getByRole('button', { name: 'Set MMU-writable' }).click();
  await expect(valueInput(page)).toHaveValue('0x8600000123456b77');
  await expect(strip).toContainText('No problems');
  await expect(announcement(page)).toContainText('No problems');

  // One undo step back to the illegal value, then the other fix.
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(valueInput(page)).toHaveValue('0x8200000123456b77');
  await strip.getByRole('button', { name: 'Clear W' }).click();
  await expect(valueInput(page)).toHaveValue('0x8200000123456b75');
  await expect(strip).toContainText('write-protected for shadowing');
});

test('the writable-state control sets the bits and names the transition and the flush', async ({ page }) => {
  await openOld(page);
  const panel = region(page, 'Writable state');
  const shadowing = panel.getByRole('radio', { name: /write-protected for shadowing/ });
  await expect(panel.getByRole('radio', { name: /H 1 · M 1 · W 1 writable/ })).toBeChecked();
  // Before picking, the state says what the change would be.
  const option = panel.locator('label').filter({ hasText: 'write-protected for shadowing' });
  await expect(option).toContainText('Write-protect for shadowing: W and MMU-writable cleared');
  await expect(option).toContainText('leaf_spte_change_needs_tlb_flush: flush');
  await shadowing.check();
  await expect(valueInput(page)).toHaveValue('0x8200000123456b75');
  await expect(shadowing).toBeChecked();
  await expect(verdict(page)).toContainText('H 1 · M 0 · W 0');

  await panel.getByRole('radio', { name: /read-only for the host/ }).check();
  await expect(valueInput(page)).toHaveValue('0x8000000123456b75');
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(valueInput(page)).toHaveValue('0x8200000123456b75');
});

for (const [width, height] of [
  [1280, 800],
  [1440, 900],
] as const)
  test(`one screen at ${width}×${height}: value, grid with lanes, verdict, findings, field summary`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await open(page);
    await expectOnScreen(page, valueInput(page), 'value field');
    await expectOnScreen(page, page.getByRole('toolbar', { name: 'Bits' }), 'bit grid');
    await expectOnScreen(page, lanes(page, 63), 'lanes');
    await expectOnScreen(page, verdict(page), 'verdict strip');
    await expectOnScreen(page, region(page, 'Findings'), 'findings');
    await expectOnScreen(page, region(page, 'Field summary'), 'field summary');
    await expect(region(page, 'Field summary').getByRole('row')).toHaveCount(21);
  });

test('the value comparison opens under the value row and takes focus', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await page.getByRole('button', { name: 'Compare with another value' }).click();
  const field = page.getByRole('textbox', { name: /Value to compare with/ });
  await expect(field).toBeFocused();
  const input = await valueInput(page).boundingBox();
  const other = await field.boundingBox();
  expect(other!.y).toBeGreaterThan(input!.y);
  expect(other!.y).toBeLessThan(800);
});

test('on a phone the grid starts on the first screen and every bit is at least 24 px square', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page);
  const first = await bit(page, 63).boundingBox();
  expect(first!.y + first!.height).toBeLessThanOrEqual(844);
  for (const n of [63, 40, 12, 0]) {
    const box = await bit(page, n).boundingBox();
    expect(box!.width, `bit ${n} width`).toBeGreaterThanOrEqual(24);
    expect(box!.height, `bit ${n} height`).toBeGreaterThanOrEqual(24);
  }
});

test('compact embeds show lanes; read-only widgets say they are read-only', async ({ page }) => {
  await page.goto(`${HOST}/embed-host.html`);
  const a = page.locator('spte-inspector#a');
  await expect(a).toHaveAttribute('compact', '');
  await expect(lanes(a, 63).getByRole('listitem')).toHaveText([
    /^Suppress #VE/,
    /^Unused/,
    /^MMU-writable/,
    /^Host-writable/,
    /^Saved X/,
  ]);
  await expect(a.getByText(/Click, Space or Enter toggles a bit/)).toBeVisible();
  await a.evaluate((el) => el.setAttribute('readonly', ''));
  await expect(a.getByText(/^Read-only: this value cannot be changed here/)).toBeVisible();
  await expect(a.getByText(/Click, Space or Enter toggles a bit/)).toHaveCount(0);
  await expect(verdict(a).getByRole('button')).toHaveCount(0);
});
