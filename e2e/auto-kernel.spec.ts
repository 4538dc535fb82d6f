import { expect, test, type Page } from '@playwright/test';
import { bit, open, valueInput } from './helpers';

const kernelInput = (page: Page) => page.getByRole('combobox', { name: 'Kernel version' });
const decision = (page: Page) => page.getByRole('group', { name: 'Kernel and host choice' });

test.describe('auto kernel for a single value', () => {
  test('a typed 5.13 – 6.9 value picks its era, keeps it on toggles, and an explicit kernel sticks', async ({
    page,
  }) => {
    await open(page);
    await expect(decision(page)).toContainText('Auto: a value you type or paste picks its kernel and host');

    // 0x5a0: the non-present placeholder KVM wrote from 5.13 to 6.9.
    await valueInput(page).fill('0x5a0');
    await expect(decision(page)).toContainText('Read as 5.13 – 6.9 on Intel EPT with A/D bits');
    await expect(decision(page)).toContainText('weak: a single value');
    await expect(page.getByText(/· era 5\.13 – 5\.17|· era 5\.18 – 6\.9|· era 5\.13 – 6\.9/)).toBeVisible();
    const era = await kernelInput(page).inputValue();

    // Exploring keeps the layout: a toggle does not decide again.
    await bit(page, 1).click();
    await expect(valueInput(page)).toHaveValue('0x00000000000005a2');
    await expect(kernelInput(page)).toHaveValue(era);
    await expect(decision(page)).toContainText('Read as 5.13 – 6.9');

    // Choosing a kernel is the user's choice; a new value does not replace it.
    await kernelInput(page).fill('current');
    await expect(decision(page)).toContainText('Your choice: current mainline');
    await valueInput(page).fill('0x5a0');
    await expect(kernelInput(page)).toHaveValue('current');
    await expect(decision(page)).toContainText('Your choice: current mainline');
    await expect(decision(page)).toContainText('This value would fit 5.13 – 6.9');

    // One click returns to auto, which reads the value again.
    await decision(page).getByRole('button', { name: 'Back to auto' }).click();
    await expect(decision(page)).toContainText('Read as 5.13 – 6.9 on Intel EPT with A/D bits (auto');
  });

  test('on a phone the decision is one small button that opens the full line; the grid stays on the first screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page);
    await valueInput(page).fill('0x5a0');
    const summary = page.getByRole('button', { name: 'Auto: 5.13 – 6.9 · Intel EPT with A/D bits (weak)' });
    await expect(summary).toBeVisible();
    await expect(summary).toHaveAttribute('aria-expanded', 'false');
    await expect(decision(page)).toHaveCount(0);
    const first = await bit(page, 63).boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(844);

    // Keyboard opens it: the full line with its evidence and the one-click alternative.
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(summary).toHaveAttribute('aria-expanded', 'true');
    await expect(decision(page)).toContainText('Read as 5.13 – 6.9 on Intel EPT with A/D bits (auto, weak');
    await expect(decision(page).getByRole('button', { name: /^Use / })).toBeVisible();
  });
});
