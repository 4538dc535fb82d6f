/**
 * Issue 5 benchmark: time from pasting a generated 100,000-line log into the Log view
 * (a real Ctrl+V from the clipboard) until the list's final count is shown, against a
 * baseline measured in the same page and run: reading the same text from the clipboard
 * and splitting it into lines. Also reports the longest main-thread task seen while the
 * log was read (the page must not freeze: extraction and decoding run in a worker).
 *
 * Run `npm run build` first, then `npx tsx bench/log-paste.ts`. It serves dist/ with
 * `vite preview` on port 4181 and stops it at the end.
 */

import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumExecutablePath } from '../scripts/browser-path.mjs';
import { withPreview } from './preview';

const PORT = 4181;
const LINES = 100_000;
const RUNS = Number(process.env.BENCH_LOG_RUNS ?? 3);

/**
 * Runs in the page: the same mix as e2e/log.spec.ts (75,000 SPTEs in 100,000 lines). `run`
 * changes the lines without an SPTE, so every paste is a new log (nothing cached).
 */
async function putLogOnClipboard({ lines, run }: { lines: number; run: number }): Promise<number> {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const g = (0x1000 + i).toString(16);
    if (i % 4 === 0)
      out.push(
        `kvm_tdp_mmu_spte_changed: as id 0 gfn ${g} level 1 old_spte 86000001${g}b77 new_spte 86000001${g}b75`,
      );
    else if (i % 4 === 1) out.push('kvm_mmu_paging_element: pte 80000000fe00d063 level 1');
    else if (i % 4 === 2) out.push(`[ 1000.${i}] unrelated line ${i} 0x${g} (run ${run})`);
    else out.push(`kvm_mmu_set_spte: gfn ${g} spte 86000002${g}b77 (rwxu) level 1 at 10a3c0f28`);
  }
  const text = out.join('\n');
  await navigator.clipboard.writeText(text);
  return text.length;
}

/** Runs in the page: arm timers on the next paste; resolves when the final count is shown. */
function armPasteTimer(): void {
  const w = window as unknown as { __bench: Promise<{ ms: number; longest: number }> };
  w.__bench = new Promise((resolve) => {
    let t0 = 0;
    let longest = 0;
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (t0 > 0 && e.startTime + e.duration >= t0) longest = Math.max(longest, e.duration);
    });
    po.observe({ type: 'longtask', buffered: false });
    document.addEventListener('paste', () => (t0 = performance.now()), { capture: true, once: true });
    const status = document.querySelector('[data-testid="log-status"]')!;
    const mo = new MutationObserver(() => {
      if (t0 === 0 || !/^Found [\d,]+ SPTEs in 100,000 lines\.$/.test(status.textContent ?? '')) return;
      const ms = performance.now() - t0;
      mo.disconnect();
      // Let a last long task (if any) be reported before reading it.
      setTimeout(() => {
        po.disconnect();
        resolve({ ms, longest });
      }, 50);
    });
    mo.observe(status, { childList: true, characterData: true, subtree: true });
  });
}

/** Runs in the page: read the clipboard's text and split it into lines. */
async function baseline(): Promise<{ ms: number; lines: number }> {
  const t0 = performance.now();
  const text = await navigator.clipboard.readText();
  const lines = text.split('\n').length;
  return { ms: performance.now() - t0, lines };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number) => x.toFixed(0);

async function pasteOnce(page: Page): Promise<{ ms: number; longest: number }> {
  const clear = page.getByRole('button', { name: 'Clear' });
  if (await clear.isEnabled()) await clear.click();
  await page.getByRole('textbox', { name: 'Log text' }).focus();
  await page.evaluate(armPasteTimer);
  await page.keyboard.press('ControlOrMeta+V');
  return page.evaluate(
    () => (window as unknown as { __bench: Promise<{ ms: number; longest: number }> }).__bench,
  );
}

export async function benchLogPaste(): Promise<string[]> {
  return withPreview(PORT, async (url) => {
    const browser = await chromium.launch({ executablePath: chromiumExecutablePath() });
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      await page.goto(url);
      // tsx (esbuild keepNames) wraps inner functions in __name(); give the page a no-op one.
      await page.evaluate('globalThis.__name = (f) => f');
      await page.getByRole('tab', { name: 'Log' }).click();
      await page.getByRole('textbox', { name: 'Log text' }).waitFor();
      let chars = 0;
      const ui: { ms: number; longest: number }[] = [];
      for (let run = 0; run < RUNS; run++) {
        chars = await page.evaluate(putLogOnClipboard, { lines: LINES, run });
        ui.push(await pasteOnce(page));
      }
      const count = await page.getByTestId('log-status').textContent();
      const base: number[] = [];
      for (let i = 0; i < RUNS; i++) base.push((await page.evaluate(baseline)).ms);

      const uiMs = median(ui.map((r) => r.ms));
      const baseMs = median(base);
      return [
        `log paste: ${LINES.toLocaleString('en-US')} lines (${(chars / 1e6).toFixed(1)} MB) → "${count}" ` +
          `in median ${fmt(uiMs)} ms (runs: ${ui.map((r) => fmt(r.ms)).join(', ')} ms); ` +
          `baseline (read the text, split into lines) median ${fmt(baseMs)} ms; ratio ${(uiMs / baseMs).toFixed(1)}×`,
        `log paste, main thread: longest task while reading ${fmt(Math.max(...ui.map((r) => r.longest)))} ms ` +
          `(extraction and decoding run in a worker)`,
      ];
    } finally {
      await browser.close();
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  for (const line of await benchLogPaste()) console.log(line);
