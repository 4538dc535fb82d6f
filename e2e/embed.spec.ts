/**
 * <spte-inspector> on plain pages that the app does not build (e2e/fixtures, served with
 * the built element by scripts/serve-static.mjs on a second origin), and the app's iframe
 * mode inside such a page. Roles and labels only; Playwright locators pierce shadow roots.
 */

import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4174}`;
const APP_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
/** The npt preset's parameters, written out as a page author would in `config`. */
const NPT_PARAMS = {
  vendor: 'amd',
  tdp_enabled: true,
  ept_ad_bits: false,
  ept_exec_only: false,
  maxphyaddr_cpuid: 48,
  x86_phys_bits: 48,
  x86_cache_bits: 48,
  x86_bug_l1tf: false,
  sme_active: false,
  syscfg_mem_encrypt: false,
  c_bit: 51,
  tdx_td_vm: false,
  tdx_shared_gpa_bit: 0,
  mmio_caching_param: true,
  root_level: 4,
  gbpages: true,
  max_huge_page_level: 3,
  nx_huge_pages: false,
  pml_dirty_logging: false,
  rsvd_model: 'tdp-npt',
  nested_execonly: false,
  guest_maxphyaddr: 48,
  config_dynamic_physical_mask: true,
};

const widget = (page: Page, id: string) => page.locator(`spte-inspector#${id}`);
const bit = (w: Locator, n: number) => w.getByRole('button', { name: new RegExp(`^Bit ${n},`) });
/** A panel of one widget: "Kind (SPTE Inspector 2)" (names carry the widget's label). */
const region = (w: Locator | FrameLocator, name: string) =>
  w.getByRole('region', { name: new RegExp(`^${name} \\(`) });
const events = (page: Page) => page.getByRole('list', { name: 'Change events' });
const style = (l: Locator, prop: string) =>
  l.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);
/** Lightness of an `oklch(L …)` or `rgb()` colour, 0 (black) to 1 (white). */
const lightness = async (l: Locator, prop: string) => {
  const c = await style(l, prop);
  const ok = /oklch\(([\d.]+)(%?)/.exec(c);
  if (ok) return Number(ok[1]) / (ok[2] ? 100 : 1);
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(c);
  if (!rgb) throw new Error(`unexpected colour ${c}`);
  return (Number(rgb[1]) + Number(rgb[2]) + Number(rgb[3])) / 765;
};

async function openHost(page: Page) {
  await page.goto(`${HOST}/embed-host.html`);
  await expect(bit(widget(page, 'a'), 0)).toBeVisible();
  await expect(bit(widget(page, 'b'), 0)).toBeVisible();
}

test.describe('custom element (ES module)', () => {
  test('two widgets render, toggle and report changes independently', async ({ page }) => {
    await openHost(page);
    const a = widget(page, 'a');
    const b = widget(page, 'b');
    await expect(region(a, 'Kind')).toContainText('shadow-present leaf');
    await expect(region(b, 'Kind')).toContainText('frozen');
    await expect(b.getByRole('combobox', { name: 'Host configuration' })).toHaveValue('npt');
    // Each widget is a named region, and its panels carry that name, so none are ambiguous.
    await expect(page.getByRole('region', { name: 'SPTE Inspector 1', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Frozen NPT entry', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Kind (SPTE Inspector 1)' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Kind (Frozen NPT entry)' })).toBeVisible();

    await bit(a, 1).click();
    await expect(bit(a, 1)).toHaveAttribute('aria-pressed', 'false');
    await expect(a).toHaveAttribute('value', '0x8600000123456b75');
    await expect(region(a, 'Findings')).toContainText('write-protected for dirty logging');
    // B is untouched.
    await expect(b).toHaveAttribute('value', '0x80000000000005a0');
    await expect(bit(b, 1)).toHaveAttribute('aria-pressed', 'false');

    await bit(b, 63).click();
    await expect(b).toHaveAttribute('value', '0x00000000000005a0');
    await expect(a).toHaveAttribute('value', '0x8600000123456b75');

    // The host page lists the change events it received (bubbles + composed, on document).
    await expect(events(page).getByRole('listitem')).toHaveText([
      'a: 0x8600000123456b75 leaf [SPTE-W003]',
      /^b: 0x00000000000005a0 \w+/,
    ]);

    // Each widget has its own undo history.
    await b.getByRole('button', { name: /undo/i }).click();
    await expect(b).toHaveAttribute('value', '0x80000000000005a0');
    await expect(a).toHaveAttribute('value', '0x8600000123456b75');
  });

  test('changing attributes updates the widget; typing reflects into the attribute', async ({ page }) => {
    await openHost(page);
    const a = widget(page, 'a');
    const b = widget(page, 'b');
    await a.evaluate((el) => {
      el.setAttribute('value', '0x0000000000000000');
      el.setAttribute('preset', 'shadow');
    });
    await expect(a.getByText('0x0000000000000000')).toBeVisible();
    await expect(a.getByText(/preset shadow/)).toBeVisible();
    await expect(bit(a, 0)).toHaveAttribute('aria-pressed', 'false');

    await b.evaluate((el) => el.setAttribute('fields', 'input,kind'));
    await expect(region(b, 'Bits')).toHaveCount(0);
    await expect(region(b, 'Kind')).toBeVisible();
    await b.getByRole('textbox', { name: 'SPTE value' }).fill('0x8600000123456b77');
    await expect(b).toHaveAttribute('value', '0x8600000123456b77');
    await expect(region(b, 'Kind')).toContainText('leaf');

    // compact toggles the layout; a config object wins over preset.
    await a.evaluate((el) => el.removeAttribute('compact'));
    await expect(a.getByRole('textbox', { name: 'SPTE value' })).toBeVisible();
    await a.evaluate((el) => el.setAttribute('config', '{"params": {"vendor": "amd"}}'));
    await expect(a.getByRole('alert')).toContainText('config=');
    // The preset still applies.
    await expect(a.getByRole('combobox', { name: 'Host configuration' })).toHaveValue('shadow');
  });

  test('the element is one file: nothing else is fetched, even for parts loaded on use', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await openHost(page);
    const b = widget(page, 'b');
    await b.evaluate((el) => el.setAttribute('fields', 'input,kind'));
    // A log line in the value field brings up the log-line offer (a lazily loaded part).
    await b
      .getByRole('textbox', { name: 'SPTE value' })
      .fill('kvm: Writable SPTE is not MMU-writable: 82000001234b77');
    await expect(b.getByRole('button', { name: 'Decode 0x0082000001234b77' })).toBeVisible();
    expect(scripts.filter((p) => p.includes('/embed/'))).toEqual(['/embed/spte-inspector.js']);
  });

  test('kernel: the widget decodes with that kernel’s layout and names its era', async ({ page }) => {
    await openHost(page);
    const b = widget(page, 'b');
    // Bit 11 clear, bits 52–53 set: an MMIO SPTE before 5.13, a present leaf today.
    await b.evaluate((el) => {
      el.setAttribute('value', '0x0030000000001007');
      el.setAttribute('fields', 'grid,kind');
      el.setAttribute('level', '1');
    });
    const today = await region(b, 'Kind').textContent();
    await b.evaluate((el) => el.setAttribute('kernel', '5.10.200'));
    await expect(b.getByRole('status')).toContainText('kernel 5.10.200 · era special-type');
    await expect(region(b, 'Kind')).not.toHaveText(today ?? '');
    await expect(bit(b, 52)).toHaveAccessibleName(/^Bit 52, MMIO type/);
    await b.evaluate((el) => el.setAttribute('kernel', '2.4'));
    await expect(b.getByRole('alert')).toContainText('kernel="2.4"');
    await expect(bit(b, 52)).toHaveAccessibleName(/^Bit 52, MMIO type/);
  });

  test('a value attribute without kernel or host is read under the era it comes from, and says so', async ({
    page,
  }) => {
    await openHost(page);
    await page.evaluate(() => {
      const el = document.createElement('spte-inspector');
      el.id = 'auto';
      // 0x5a0: the non-present placeholder KVM wrote from 5.13 to 6.9 (stray bits today).
      el.setAttribute('value', '0x5a0');
      el.setAttribute('compact', '');
      document.body.append(el);
    });
    const w = widget(page, 'auto');
    await expect(w.getByRole('status')).toHaveText('Auto: 5.13 – 6.9 · Intel EPT with A/D bits (weak)');
    await expect(region(w, 'Kind')).toContainText('REMOVED_SPTE');
    await expect(region(w, 'Findings')).not.toContainText('SPTE-N003');
    // With the config panel, the full decision line is there, with its evidence.
    await w.evaluate((el) => el.removeAttribute('compact'));
    await expect(w.getByTestId('auto-kernel-line')).toContainText(
      'Read as 5.13 – 6.9 on Intel EPT with A/D bits (auto, weak: a single value)',
    );
  });

  test('host page CSS does not reach the widget, and the widget’s CSS does not reach the page', async ({
    page,
  }) => {
    await openHost(page);
    const a = widget(page, 'a');
    const cell = bit(a, 0);
    // Host: `button { background: red !important; font-size: 40px }`, `* { color: lime }`,
    // Comic Sans, uppercase, letter-spacing, and html { font-size: 10px }.
    expect(await style(cell, 'background-color')).not.toBe('rgb(255, 0, 0)');
    expect(await style(cell, 'font-size')).not.toBe('40px');
    expect(await style(cell, 'height')).toBe('44px'); // h-11 at 16px/rem, whatever the page's rem
    const kind = region(a, 'Kind').getByText('shadow-present leaf');
    expect(await style(kind, 'color')).not.toBe('rgb(0, 255, 0)');
    expect(await style(kind, 'font-family')).not.toMatch(/Comic/);
    expect(await style(kind, 'text-transform')).toBe('none');
    expect(await style(kind, 'letter-spacing')).toBe('normal');
    expect(await style(kind, 'font-size')).toBe('18px');

    // The page keeps its own look (no Tailwind preflight or utilities leaked out).
    const hostButton = page.getByRole('button', { name: 'Host button' });
    expect(await style(hostButton, 'background-color')).toBe('rgb(255, 0, 0)');
    expect(await style(hostButton, 'font-size')).toBe('40px');
    const hostText = page.getByText('This paragraph belongs to the host page.');
    expect(await style(hostText, 'color')).toBe('rgb(0, 255, 0)');
    expect(await style(hostText, 'text-transform')).toBe('uppercase');
    const heading = page.getByRole('heading', { level: 1, name: 'Embed host page' });
    expect(await style(heading, 'font-weight')).toBe('700');
    expect(await style(heading, 'font-size')).toBe('20px');
    // Nothing is added to the page's DOM: Tailwind's @property registrations are made with
    // CSS.registerProperty, and the styles live in the shadow root's adopted sheet.
    await expect(page.locator('style')).toHaveCount(1); // the page's own
  });

  test('readonly cannot be toggled or edited', async ({ page }) => {
    await openHost(page);
    const a = widget(page, 'a');
    const b = widget(page, 'b');
    await a.evaluate((el) => el.setAttribute('readonly', ''));
    await b.evaluate((el) => el.setAttribute('readonly', ''));
    // The cell says it is disabled (aria-disabled), so force the click a reader could still make.
    await bit(a, 0).click({ force: true });
    await bit(a, 0).press('Space');
    await bit(a, 0).press('Enter');
    await expect(bit(a, 0)).toHaveAttribute('aria-pressed', 'true');
    await expect(a).toHaveAttribute('value', '0x8600000123456b77');
    await expect(b.getByRole('textbox', { name: 'SPTE value' })).not.toBeEditable();
    await expect(events(page).getByRole('listitem')).toHaveCount(0);
    // Back to editable.
    await a.evaluate((el) => el.removeAttribute('readonly'));
    await bit(a, 0).click();
    await expect(bit(a, 0)).toHaveAttribute('aria-pressed', 'false');
  });

  test('theme: dark and light per widget, auto follows the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openHost(page);
    const a = widget(page, 'a');
    const b = widget(page, 'b');
    const panelA = region(a, 'Bits');
    const panelB = region(b, 'Bits');
    expect(await lightness(panelA, 'background-color')).toBeGreaterThan(0.9);

    await a.evaluate((el) => el.setAttribute('theme', 'dark'));
    await expect.poll(() => lightness(panelA, 'background-color')).toBeLessThan(0.3);
    expect(await lightness(region(a, 'Kind').getByText('shadow-present leaf'), 'color')).toBeGreaterThan(0.9);
    // B (auto) stays light, and so does the page.
    expect(await lightness(panelB, 'background-color')).toBeGreaterThan(0.9);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => lightness(panelB, 'background-color')).toBeLessThan(0.3);
    await a.evaluate((el) => el.setAttribute('theme', 'light'));
    await expect.poll(() => lightness(panelA, 'background-color')).toBeGreaterThan(0.9);
  });

  test('an invalid attribute shows its error in that widget; the other keeps working', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openHost(page);
    const a = widget(page, 'a');
    const b = widget(page, 'b');
    await a.evaluate((el) => {
      el.setAttribute('value', '0xnot-hex');
      el.setAttribute('level', '7');
      el.setAttribute('theme', 'neon');
    });
    const alert = a.getByRole('alert');
    await expect(alert).toContainText('value="0xnot-hex"');
    await expect(alert).toContainText('level="7"');
    await expect(alert).toContainText('theme="neon"');
    await expect(b.getByRole('alert')).toHaveCount(0);
    // A still decodes what it had, and B works as before.
    await expect(region(a, 'Kind')).toContainText('shadow-present leaf');
    await bit(b, 0).click();
    await expect(b).toHaveAttribute('value', '0x80000000000005a1');
    // Toggling in A makes its value attribute valid again.
    await bit(a, 0).click();
    await expect(a).toHaveAttribute('value', '0x8600000123456b76');
    await expect(alert).not.toContainText('value=');
    await expect(alert).toContainText('level="7"');
    expect(errors).toEqual([]);
  });

  test('a widget added later, configured with a configs.json-shaped config, works', async ({ page }) => {
    await openHost(page);
    await page.evaluate((params) => {
      const el = document.createElement('spte-inspector');
      el.id = 'late';
      el.setAttribute('value', '0x80000000000005a0');
      el.setAttribute('level', '2');
      el.setAttribute('compact', '');
      el.setAttribute('config', JSON.stringify({ name: 'my-amd-host', params }));
      document.body.append(el);
    }, NPT_PARAMS);
    const late = widget(page, 'late');
    await expect(region(late, 'Kind')).toContainText('frozen');
    await expect(late.getByText(/AMD NPT, MAXPHYADDR 48/)).toBeVisible();
    await expect(late.getByRole('alert')).toHaveCount(0);
    await bit(late, 0).click();
    await expect(late).toHaveAttribute('value', '0x80000000000005a1');
  });
});

test('custom element (classic script) works the same', async ({ page }) => {
  await page.goto(`${HOST}/embed-host-classic.html`);
  const w = widget(page, 'classic');
  await expect(region(w, 'Kind')).toContainText('shadow-present leaf');
  await bit(w, 1).click();
  await expect(w).toHaveAttribute('value', '0x8600000123456b75');
  await expect(region(w, 'Findings')).toContainText('write-protected for dirty logging');
});

test.describe('iframe mode', () => {
  test('reports its height to the parent, keeps its state in its own URL', async ({ page }) => {
    await page.goto(`${HOST}/iframe-host.html`);
    const frame = page.frameLocator('#frame');
    await expect(region(frame, 'Kind')).toContainText('leaf');
    // Compact widget only: no page header or footer.
    await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(frame.getByRole('contentinfo')).toHaveCount(0);

    const height = page.locator('#height');
    await expect(height).toHaveText(/^\d+$/);
    const h = Number(await height.textContent());
    expect(h).toBeGreaterThan(300);
    const box = await page.locator('#frame').boundingBox();
    expect(Math.round(box!.height)).toBe(h);

    // A change in the frame: new URL hash in the frame, a change message to the parent.
    await frame.getByRole('button', { name: /^Bit 1,/ }).click();
    await expect(page.locator('#change')).toHaveText('0x8600000123456b75');
    const child = page.frames().find((f) => f.url().startsWith(APP_ORIGIN))!;
    await expect.poll(() => child.url()).toContain('embed=1');
    await expect.poll(() => child.url()).toContain('#v=0x8600000123456b75&preset=ept-ad&level=1');

    // Resizing the content (narrower frame → bits wrap) posts a new height.
    await page.setViewportSize({ width: 420, height: 800 });
    await expect.poll(async () => Number(await height.textContent())).toBeGreaterThan(h);
  });

  test('kernel= in the query decodes with that kernel; the choice survives in the frame’s URL', async ({
    page,
  }) => {
    await page.goto(
      `${APP_ORIGIN}/index.html?embed=1&kernel=5.10#v=0x0030000000001007&preset=ept-ad&level=1`,
    );
    await expect(page.getByRole('status')).toContainText('kernel 5.10 · era special-type');
    await expect(page.getByRole('button', { name: /^Bit 52,/ })).toHaveAccessibleName(/^Bit 52, MMIO type/);
    await page.getByRole('button', { name: /^Bit 0,/ }).click();
    await expect.poll(() => page.url()).toContain('kernel=5.10');
  });

  test('posts only to the origin named by origin=', async ({ page }) => {
    await page.goto(`${HOST}/iframe-host.html`);
    await expect(page.locator('#height')).toHaveText(/^\d+$/);
    await page.evaluate((app) => {
      const f = document.createElement('iframe');
      f.id = 'other';
      f.title = 'Inspector for another site';
      f.src = `${app}/index.html?embed=1&origin=https://elsewhere.example#v=0x0`;
      document.body.append(f);
      window.addEventListener('message', (e) => {
        if (e.source === f.contentWindow) document.body.dataset.otherMessages = 'yes';
      });
    }, APP_ORIGIN);
    const other = page.frameLocator('#other');
    await expect(region(other, 'Kind')).toBeVisible();
    await other.getByRole('button', { name: /^Bit 0,/ }).click();
    await page.waitForTimeout(300);
    await expect(page.locator('body')).not.toHaveAttribute('data-other-messages', 'yes');
  });
});
