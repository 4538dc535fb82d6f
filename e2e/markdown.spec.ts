/**
 * ```spte fences rendered by the markdown-it and the remark plugin, served as a docs page
 * next to the built element (classic script): with JavaScript the fence is a live
 * inspector; without it the static SVG inside the element is what the reader sees.
 */

import { expect, test, type Page } from '@playwright/test';
import MarkdownIt from 'markdown-it';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import spteMarkdownIt from '../src/markdown/markdown-it.ts';
import remarkSpte from '../src/markdown/remark.ts';

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4174}`;

const SOURCE = `# Write-protected SPTE

The SPTE below lost W but kept MMU-writable:

\`\`\`spte
0x8600000123456b75 preset=ept-ad level=1 kernel=6.6 compact label="Write-protected SPTE"
\`\`\`
`;

const RENDERERS = {
  'markdown-it': () => new MarkdownIt().use(spteMarkdownIt).render(SOURCE),
  remark: () => String(remark().use(remarkSpte).use(remarkHtml, { sanitize: false }).processSync(SOURCE)),
};

async function serve(page: Page, body: string) {
  const url = `${HOST}/markdown-page.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Docs</title>
<link rel="icon" href="data:,"><script src="/embed/spte-inspector.iife.js"></script></head>
<body><main>${body}</main></body></html>`,
    }),
  );
  await page.goto(url);
}

for (const [name, render] of Object.entries(RENDERERS)) {
  test.describe(`${name} plugin page`, () => {
    test('the fence is a live inspector for the kernel and host it names', async ({ page }) => {
      await serve(page, render());
      await expect(page.getByRole('heading', { name: 'Write-protected SPTE' })).toBeVisible();
      const widget = page.locator('spte-inspector');
      await expect(widget.getByRole('region', { name: /^Findings \(Write-protected SPTE\)/ })).toContainText(
        'SPTE-W003',
      );
      await expect(widget.getByRole('button', { name: /^Bit 1,/ })).toBeVisible();
      // The fallback picture is light DOM: the element's shadow root replaces it.
      await expect(page.getByRole('img', { name: /^SPTE 0x8600000123456b75/ })).toBeHidden();
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('the static SVG inside the element is shown', async ({ page }) => {
        await serve(page, render());
        const picture = page.getByRole('img', { name: /^SPTE 0x8600000123456b75/ });
        await expect(picture).toBeVisible();
        await expect(picture).toContainText('SPTE-W003');
        await expect(picture).toContainText('kernel 6.6');
      });
    });
  });
}
