/**
 * The docs page's recipes, as the generated sites serve them (src/docs/recipes.ts `page`):
 * each is loaded on a plain host with the built classic script. With JavaScript the
 * element is a live inspector; without it the fallback picture is shown.
 */

import { expect, test, type Page } from '@playwright/test';
import { hostFromPreset, renderSvg } from '../src/core/index.ts';
import { renderFence } from '../src/markdown/fence.ts';
import { RECIPE_PICTURE, THEME_FOLLOW_SNIPPET, recipes } from '../src/docs/recipes.ts';

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4174}`;
const ALL = recipes(`${HOST}/embed/spte-inspector.iife.js`, (body) => renderFence(body));
const PICTURE = renderSvg(hostFromPreset('ept-ad', { kernel: '6.6' })!, 0x8600000123456b75n);

async function serve(page: Page, path: string, html: string) {
  await page.route(`${HOST}/recipes/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === `/recipes/${RECIPE_PICTURE}`)
      return route.fulfill({ contentType: 'image/svg+xml', body: PICTURE });
    if (url.pathname === path) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    return route.fulfill({ status: 404, body: 'not found' });
  });
  await page.goto(`${HOST}${path}`);
}

/** The fallback: an <img> of the picture, or (VitePress, via the fence plugin) the SVG inline. */
const fallback = (page: Page) => page.getByRole('img', { name: /^SPTE 0x8600000123456b75/ });

test.describe('recipes with JavaScript: a live inspector replaces the picture', () => {
  for (const r of ALL)
    test(r.title, async ({ page }) => {
      await serve(page, `/recipes/${r.id}.html`, r.page);
      const widget = page.locator('spte-inspector');
      await expect(widget.getByRole('button', { name: /^Bit 1,/ })).toBeVisible();
      await expect(widget.getByRole('region', { name: /^Findings/ })).toContainText('SPTE-W003');
      await expect(fallback(page)).toBeHidden();
    });
});

test.describe('recipes without JavaScript: the picture is shown', () => {
  test.use({ javaScriptEnabled: false });
  for (const r of ALL)
    test(r.title, async ({ page }) => {
      await serve(page, `/recipes/${r.id}.html`, r.page);
      await expect(fallback(page)).toBeVisible();
      // An <img> has loaded the picture (natural width > 0); an inline SVG is there already.
      const loaded = await fallback(page).evaluate((el) =>
        el instanceof HTMLImageElement ? el.naturalWidth > 0 : el.tagName === 'svg',
      );
      expect(loaded).toBe(true);
    });
});

test("the three-line snippet follows the site's own theme toggle", async ({ page }) => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Themed</title>
<script src="${HOST}/embed/spte-inspector.iife.js"></script></head><body>
<button type="button" onclick="document.documentElement.classList.toggle('dark')">Toggle dark mode</button>
<spte-inspector value="0x5a0" compact></spte-inspector>
${THEME_FOLLOW_SNIPPET}
</body></html>`;
  await serve(page, '/recipes/theme.html', html);
  const el = page.locator('spte-inspector');
  await expect(el).toHaveAttribute('theme', 'light');
  await page.getByRole('button', { name: 'Toggle dark mode' }).click();
  await expect(el).toHaveAttribute('theme', 'dark');
  await page.getByRole('button', { name: 'Toggle dark mode' }).click();
  await expect(el).toHaveAttribute('theme', 'light');
});
