/** embed.html: the page that shows how to embed the inspector, with live examples. */

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fieldReference, hostFromPreset } from '../src/core/index.ts';

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openDocs(page: Page) {
  await page.goto('/embed.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Embed SPTE Inspector' })).toBeVisible();
  // Every live example has rendered its bits.
  const es = section(page, 'Custom element: ES module');
  await expect(es.getByRole('button', { name: /^Bit 0,/ })).toBeVisible();
  const classic = section(page, 'Custom element: classic script').frameLocator('iframe');
  await expect(classic.getByRole('button', { name: /^Bit 0,/ })).toBeVisible();
  const frame = section(page, 'Iframe').frameLocator('iframe');
  await expect(frame.getByRole('button', { name: /^Bit 0,/ })).toBeVisible();
}

test('the app footer links to the embed page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /embed the inspector/i }).click();
  await expect(page).toHaveURL(/embed\.html$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Embed SPTE Inspector' })).toBeVisible();
});

test('snippets use this build’s script URLs and copy exactly what is shown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDocs(page);
  const origin = new URL(page.url()).origin;
  const es = section(page, 'Custom element: ES module');
  await expect(es.locator('pre')).toContainText(
    `<script type="module" src="${origin}/embed/spte-inspector.js"></script>`,
  );
  await expect(section(page, 'Custom element: classic script').locator('pre')).toContainText(
    `<script src="${origin}/embed/spte-inspector.iife.js" defer></script>`,
  );
  await expect(section(page, 'Iframe').locator('pre')).toContainText(
    `if (origin !== '${origin}' || data?.type !== 'spte-inspector:height') return;`,
  );

  await es.getByRole('button', { name: 'Copy: ES module element' }).click();
  await expect(es.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await es.locator('pre').innerText());
  // The script URL in the snippet is real.
  const res = await page.request.get(`${origin}/embed/spte-inspector.js`);
  expect(res.ok()).toBe(true);
});

test('live examples: the element fires change, the classic one is readonly, the iframe fits', async ({
  page,
}) => {
  await openDocs(page);
  const es = section(page, 'Custom element: ES module');
  await es.getByRole('button', { name: /^Bit 1,/ }).click();
  await expect(es.locator('output')).toContainText('"value":"0x8600000123456b77"');
  await expect(es.locator('spte-inspector')).toHaveAttribute('value', '0x8600000123456b77');

  const classic = section(page, 'Custom element: classic script').frameLocator('iframe');
  // Readonly cells are aria-disabled; force the click a reader could still make.
  await classic.getByRole('button', { name: /^Bit 5,/ }).click({ force: true });
  await expect(classic.getByRole('button', { name: /^Bit 5,/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(classic.locator('spte-inspector')).toHaveAttribute('value', '0x00000000000005a0');
  await expect(classic.getByRole('status')).toContainText('kernel 5.15 · era mmu-present-lockless');
  await expect(classic.getByRole('region', { name: /^Kind/ })).toContainText(/frozen|removed/i);

  const iframe = section(page, 'Iframe').locator('iframe');
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(300);
  const frame = iframe.contentFrame();
  await frame.getByRole('button', { name: /^Bit 63,/ }).click();
  await expect(section(page, 'Iframe').locator('output')).toContainText('"value":"0x8600000123456b77"');
});

test('the page theme switch themes the live widgets', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openDocs(page);
  const el = section(page, 'Custom element: ES module').locator('spte-inspector');
  await expect(el).toHaveAttribute('theme', 'auto');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(el).toHaveAttribute('theme', 'dark');
  const kind = el.getByRole('region', { name: 'Kind (Write-protected EPT leaf)' });
  await expect.poll(() => kind.evaluate((n) => getComputedStyle(n).backgroundColor)).toMatch(/oklch\(0\.2/);
});

for (const scheme of ['light', 'dark'] as const)
  test(`embed.html has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openDocs(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' | ')})`),
    ).toEqual([]);
  });

test('the field reference shows the same rows as `spte fields` for the chosen kernel and host', async ({
  page,
}) => {
  await page.goto('/embed.html');
  const fields = section(page, 'Field reference');
  await fields.getByLabel('Reference kernel').selectOption('5.15');
  await fields.getByLabel('Reference host').selectOption('ept-ad');
  const want = fieldReference(hostFromPreset('ept-ad', { kernel: '5.15' })!);
  await expect(fields).toContainText(want.kernel);
  for (const k of want.kinds) {
    const table = fields.getByRole('table', { name: `Fields: ${k.label}` });
    await expect(table.locator('tbody tr')).toHaveCount(k.rows.length);
    await expect(table.locator('tbody tr td:first-child')).toHaveText(k.rows.map((r) => r.bits));
    await expect(table.getByRole('rowheader')).toHaveText(k.rows.map((r) => r.name));
  }
  // On 7.2 bit 10 of an EPT leaf is user-execute.
  // The newest era is offered as mainline (7.2 and later).
  await fields.getByLabel('Reference kernel').selectOption('mainline');
  const leaf = fieldReference(hostFromPreset('ept-ad', { kernel: '7.2' })!).kinds.find(
    (k) => k.kind === 'leaf',
  )!;
  const bit10 = leaf.rows.find((r) => r.lo === 10)!;
  await expect(
    fields
      .getByRole('table', { name: `Fields: ${leaf.label}` })
      .getByRole('row', { name: new RegExp(`^10 ${bit10.name}`) }),
  ).toBeVisible();
});
