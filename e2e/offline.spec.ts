/**
 * Offline after one visit: the service worker precaches the built app, so a reload with
 * the network gone still decodes values and reads logs (the Log tab's worker included).
 */

import { expect, test } from '@playwright/test';
import { kindText, open, valueInput } from './helpers';

test('after one visit, a reload offline still decodes and the Log tab still reads a log', async ({
  page,
  context,
}) => {
  await open(page);
  // Installed means every build file is in the cache; controlling means it serves this page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
      );
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'SPTE Inspector' })).toBeVisible();
  await valueInput(page).fill('0x8600000123456b77');
  await expect(kindText(page)).toContainText('shadow-present leaf');

  await page.getByRole('tab', { name: 'Log' }).click();
  await page
    .getByRole('textbox', { name: 'Log text' })
    .fill('kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0');
  await expect(page.getByTestId('log-status')).toHaveText('Found 1 SPTE in 1 line.');
  await context.setOffline(false);
});

test('the page names its manifest and has a social preview', async ({ page }) => {
  await open(page);
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await page.request.get(new URL(manifest!, page.url()).href);
  expect(response.ok()).toBe(true);
  expect(await response.json()).toMatchObject({ name: 'SPTE Inspector', start_url: './' });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'SPTE Inspector');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /KVM x86/);
});
