import { expect, test } from '@playwright/test';
import { cExpression, decode, hostFromPreset, markdownSummary } from '../src/core/index.ts';
import { decodeAs, open } from './helpers';

test.describe('copy', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  const clipboard = (page: import('@playwright/test').Page) =>
    page.evaluate(() => navigator.clipboard.readText());

  test('hex, C expression and Markdown summary, each confirmed politely', async ({ page }) => {
    await open(page);
    await decodeAs(page, '0x0000000012345006', 'ept-ad-l1tf');
    const host = hostFromPreset('ept-ad-l1tf')!;
    const d = decode(host, 0x12345006n, 1);
    const status = page.getByRole('status').filter({ hasText: /Cop/ });

    await page.getByRole('button', { name: 'Copy hex' }).click();
    await expect(page.getByRole('status')).toContainText(
      'Copied the value as hex 0x0000000012345006 to the clipboard.',
    );
    expect(await clipboard(page)).toBe('0x0000000012345006');

    await page.getByRole('button', { name: 'Copy C expression' }).click();
    await expect(status).toHaveText('Copied the C expression to the clipboard.');
    expect(await clipboard(page)).toBe(cExpression(d));

    await page.getByRole('button', { name: 'Copy Markdown summary' }).click();
    await expect(status).toHaveText('Copied the Markdown summary to the clipboard.');
    const md = await clipboard(page);
    expect(md).toBe(markdownSummary(host, d));
    expect(md).toContain('**SPTE `0x0000000012345006`** at level 1');
    expect(md).toContain('SPTE-M004');
    await expect(status).toHaveAttribute('aria-live', 'polite');
  });
});
