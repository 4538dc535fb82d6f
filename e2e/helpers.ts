/** Shared locators and steps for the inspector e2e specs: roles and labels only. */

import { expect, type Page } from '@playwright/test';

export const valueInput = (page: Page) => page.getByRole('textbox', { name: 'SPTE value' });
export const hostSelect = (page: Page) => page.getByRole('combobox', { name: 'Host configuration' });
export const levelSelect = (page: Page) => page.getByRole('combobox', { name: 'Level', exact: true });
export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
export const bit = (page: Page, n: number) => page.getByRole('button', { name: new RegExp(`^Bit ${n},`) });
export const allBits = (page: Page) => page.getByRole('button', { name: /^Bit \d+,/ });
export const fieldRow = (page: Page, id: string) =>
  region(page, 'Fields').locator(`li[data-field-id="${id}"]`);
export const finding = (page: Page, id: string) =>
  region(page, 'Findings').locator(`li[data-finding-id="${id}"]`);
export const kindText = (page: Page) => region(page, 'Kind').getByTestId('kind-summary');

export async function open(page: Page, hash = '') {
  await page.goto('/' + hash);
  await expect(page.getByRole('heading', { level: 1, name: 'SPTE Inspector' })).toBeVisible();
}

/** Decode `value` on a preset at a level, the way a person would: select, select, type. */
export async function decodeAs(page: Page, value: string, preset = 'ept-ad', level = 1) {
  await hostSelect(page).selectOption(preset);
  await levelSelect(page).selectOption(String(level));
  await valueInput(page).fill(value);
  await expect(page.getByText(/^Decoding 0x/)).toBeVisible();
}

/**
 * The page as it opened before 7.2 became mainline: the 6.13 – 7.1 writable leaf on kernel
 * 7.1. Specs whose values use that layout (A/D type in 52–53, Host-/MMU-writable at 57/58)
 * start here; the default page decodes for mainline (7.2).
 */
export async function openOld(page: Page) {
  await open(page, '#v=0x8600000123456b77&preset=ept-ad&level=1&kernel=7.1');
}
