/**
 * The element and the app on hostile host pages: a strict Content-Security-Policy, moving
 * the element into another document and back, properties set before the element is
 * defined, and an iframe that must not write into the host's session history.
 */

import { expect, test, type Locator, type Page } from '@playwright/test';

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4174}`;

const bit = (w: Locator, n: number) => w.getByRole('button', { name: new RegExp(`^Bit ${n},`) });
const css = (l: Locator, prop: string) =>
  l.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);

/** Console messages about blocked content: none may appear. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  page.on('pageerror', (e) => seen.push(String(e)));
  return seen;
}

/** Borders, shadows and the keyboard focus outline: what the blocked <style> used to take away. */
async function expectFullyStyled(w: Locator) {
  const input = w.getByRole('textbox', { name: 'SPTE value' });
  await expect(input).toBeVisible();
  expect(await css(input, 'border-top-style')).toBe('solid');
  expect(await css(input, 'border-top-width')).toBe('1px');
  expect(await css(input, 'box-shadow')).not.toBe('none');
  await bit(w, 0).focus();
  await w.page().keyboard.press('Tab');
  await w.page().keyboard.press('Shift+Tab');
  await expect(bit(w, 0)).toBeFocused();
  expect(await css(bit(w, 0), 'outline-style')).toBe('solid');
  expect(await css(bit(w, 0), 'outline-width')).toBe('2px');
}

for (const [format, page] of [
  ['ES module', 'embed-host-csp.html'],
  ['classic script', 'embed-host-classic-csp.html'],
] as const) {
  test(`the element (${format}) renders fully under Content-Security-Policy: default-src 'self'`, async ({
    page: p,
  }) => {
    const violations = cspViolations(p);
    const response = await p.goto(`${HOST}/${page}?csp=strict`);
    expect(response?.headers()['content-security-policy']).toBe("default-src 'self'");
    const w = p.locator('spte-inspector#w');
    await expect(bit(w, 0)).toBeVisible();
    await expectFullyStyled(w);
    // Nothing was added to the host page's DOM.
    await expect(p.locator('style')).toHaveCount(0);
    await bit(w, 1).press('Space');
    await expect(w).toHaveAttribute('value', '0x8600000123456b75');
    expect(violations).toEqual([]);
  });
}

test('the app page works under a strict CSP (the pre-paint theme script is a file)', async ({ page }) => {
  const violations = cspViolations(page);
  await page.addInitScript(() => localStorage.setItem('spte-inspector.theme', 'dark'));
  await page.goto(`${HOST}/app/index.html?csp=strict#v=0x8600000123456b77&preset=ept-ad&level=1`);
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(bit(page.locator('body'), 0)).toHaveAttribute('aria-pressed', 'true');
  await bit(page.locator('body'), 1).click();
  await expect(bit(page.locator('body'), 1)).toHaveAttribute('aria-pressed', 'false');
  expect(violations).toEqual([]);
});

test('moved into an iframe document and back, the element keeps its styles and works', async ({ page }) => {
  await page.goto(`${HOST}/embed-host-csp.html?csp=strict`);
  const w = page.locator('spte-inspector#w');
  await expect(bit(w, 0)).toBeVisible();
  await page.evaluate(async () => {
    const f = document.createElement('iframe');
    f.id = 'doc2';
    f.title = 'Second document';
    f.style.width = '900px';
    f.style.height = '700px';
    document.body.append(f);
    await new Promise((r) => setTimeout(r, 50));
    const doc = f.contentDocument!;
    doc.body.append(doc.adoptNode(document.getElementById('w')!));
  });
  await expect(w).toHaveCount(0);
  const inner = page.frameLocator('#doc2').locator('spte-inspector#w');
  await expect(bit(inner, 0)).toBeVisible();
  await expectFullyStyled(inner);
  await bit(inner, 1).press('Space');
  await expect(inner).toHaveAttribute('value', '0x8600000123456b75');

  // And back into the page.
  await page.evaluate(() => {
    const doc = (document.getElementById('doc2') as HTMLIFrameElement).contentDocument!;
    document.body.append(document.adoptNode(doc.getElementById('w')!));
  });
  await expect(bit(w, 1)).toHaveAttribute('aria-pressed', 'false');
  await expectFullyStyled(w);
  await bit(w, 1).press('Space');
  await expect(w).toHaveAttribute('value', '0x8600000123456b77');
});

test('properties set before the element is defined are honoured; later ones reach the widget', async ({
  page,
}) => {
  await page.goto(`${HOST}/blank-host.html`);
  await page.evaluate(() => {
    const el = document.createElement('spte-inspector') as HTMLElement & Record<string, unknown>;
    el.id = 'late';
    el.value = '0x5a0';
    el.level = 2;
    document.body.append(el);
  });
  await page.addScriptTag({ url: '/embed/spte-inspector.js', type: 'module' });
  const w = page.locator('spte-inspector#late');
  await expect(w.getByRole('textbox', { name: 'SPTE value' })).toHaveValue('0x00000000000005a0');
  await expect(w).toHaveAttribute('level', '2');
  await page.evaluate(() => {
    (document.getElementById('late') as HTMLElement & { value: string }).value = '0x8600000123456b77';
  });
  await expect(w.getByRole('textbox', { name: 'SPTE value' })).toHaveValue('0x8600000123456b77');
  await expect(w).toHaveAttribute('value', '0x8600000123456b77');
  expect(await w.evaluate((el) => (el as HTMLElement & { value: string }).value)).toBe('0x8600000123456b77');
});

test("iframe mode replaces its own history entry: the host's history length stays", async ({ page }) => {
  await page.goto(`${HOST}/iframe-host.html`);
  const frame = page.frameLocator('#frame');
  await expect(bit(frame.locator('body'), 0)).toBeVisible();
  const before = await page.evaluate(() => history.length);
  await bit(frame.locator('body'), 1).click();
  await expect(page.locator('#change')).toHaveText('0x8600000123456b75');
  await bit(frame.locator('body'), 0).click();
  await expect(page.locator('#change')).toHaveText('0x8600000123456b74');
  expect(await page.evaluate(() => history.length)).toBe(before);
});
