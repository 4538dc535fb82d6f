import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('home page shows the app heading', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('SPTE Inspector');
  await expect(page.getByRole('heading', { level: 1, name: 'SPTE Inspector' })).toBeVisible();
});

test('home page has no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'SPTE Inspector' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
});
