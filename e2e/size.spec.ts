/**
 * What the page and the embed scripts cost, on the build the e2e server runs (`npm run
 * build` in playwright.config.ts): scripts/size-report.mjs's checks as one test, and a
 * browser's view that the files the report counts as "the page as first shown" are the
 * files the page really fetches before anyone clicks.
 */

import { execFileSync } from 'node:child_process';
import { expect, test, type Route } from '@playwright/test';
import { bit, open, region, valueInput } from './helpers';

interface SizeReport {
  firstLoadJs: { files: string[] };
  firstLoadCss: { files: string[] };
  pageAsShown: { gzip: number; files: string[] };
  embeds: { files: string[]; gzip: number }[];
  checks: { name: string; ok: boolean }[];
}

function sizeReport(): SizeReport {
  try {
    return JSON.parse(
      execFileSync('node', ['scripts/size-report.mjs', 'dist', '--json'], { encoding: 'utf8' }),
    );
  } catch (e) {
    // Exit 1 (a check failed) still prints the report; anything else is a real error.
    const out = (e as { stdout?: string }).stdout;
    if (out) return JSON.parse(out);
    throw e;
  }
}

test('size report: first load within its budget, and each embed script no larger than the page as first shown', () => {
  const report = sizeReport();
  expect(report.embeds).toHaveLength(2);
  expect(report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual([]);
});

test.describe('the page as first shown', () => {
  // The service worker would fetch every file of the build for the offline copy.
  test.use({ serviceWorkers: 'block' });

  test('fetches exactly the first load and the chunks the report counts as loaded without a click', async ({
    page,
  }) => {
    const fetched = new Set<string>();
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname.replace(/^\//, '');
      if (/\.(js|css)$/.test(path)) fetched.add(path);
    });
    await open(page);
    // The panels below the first screen, the kernel panel and the footer have arrived.
    await expect(region(page, 'Predicates')).toBeVisible();
    await expect(region(page, 'Kernel')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Kernel sources' })).toBeVisible();
    await page.waitForLoadState('networkidle');

    const report = sizeReport();
    expect([...fetched].sort()).toEqual([...report.pageAsShown.files].sort());
  });

  test('the first screen works from the first load alone, before any lazily loaded chunk arrives', async ({
    page,
  }) => {
    const report = sizeReport();
    const firstLoad = new Set([...report.firstLoadJs.files, ...report.firstLoadCss.files]);
    const held: Route[] = [];
    let holding = true;
    await page.route('**/*.js', (route) => {
      const path = new URL(route.request().url()).pathname.replace(/^\//, '');
      if (!holding || firstLoad.has(path)) void route.continue();
      else held.push(route);
    });
    await open(page);
    await valueInput(page).fill('0x8600000123456b77');
    await expect(page.getByText(/^Decoding 0x8600000123456b77/)).toBeVisible();
    await bit(page, 1).click();
    await expect(valueInput(page)).toHaveValue('0x8600000123456b75');
    expect(held.length).toBeGreaterThan(0);
    await expect(region(page, 'Predicates')).toHaveCount(0);

    holding = false;
    for (const route of held) await route.continue();
    await expect(region(page, 'Predicates')).toBeVisible();
  });
});
