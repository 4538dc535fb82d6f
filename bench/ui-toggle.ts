/**
 * Issue 3 benchmark: time from a bit toggle (a click dispatched in the page) until the
 * grid and the verdicts are updated *and painted*, over 200 toggles, against a baseline
 * page of 64 plain buttons whose click handler only flips one cell's aria-pressed and text.
 *
 * Each sample starts right after a paint, then clicks, waits for the cell's aria-pressed
 * to change (MutationObserver; React commits the grid, field list and verdict panels in
 * the same commit), then for the next frame to be painted (requestAnimationFrame, then a
 * message posted from it, which runs after the paint). A second line reports the
 * script-only part (click to DOM updated), which is not quantised by frames.
 *
 * Run `npm run build` first, then `npx tsx bench/ui-toggle.ts`. It serves dist/ with
 * `vite preview` on port 4180 and stops it at the end.
 */

import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumExecutablePath } from '../scripts/browser-path.mjs';
import { withPreview } from './preview';

const PORT = 4180;
const N = Number(process.env.BENCH_UI_N ?? 200);
const WARMUP = 20;

const BASELINE_HTML = `<!doctype html><html><body><div id="grid">${Array.from(
  { length: 64 },
  (_, i) => `<button type="button" data-bit="${63 - i}" aria-pressed="false">0</button>`,
).join('')}</div><script>
document.getElementById('grid').addEventListener('click', (e) => {
  const b = e.target.closest('button');
  const on = b.getAttribute('aria-pressed') !== 'true';
  b.setAttribute('aria-pressed', String(on));
  b.textContent = on ? '1' : '0';
});
</script></body></html>`;

interface Samples {
  painted: number[];
  script: number[];
}

/** Runs in the page: toggle bits 0..63 in turn (two passes restore the value). */
async function measure(args: { n: number; warmup: number }): Promise<Samples> {
  const afterPaint = () =>
    new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve();
        ch.port2.postMessage(0);
      }),
    );
  const painted: number[] = [];
  const script: number[] = [];
  for (let i = 0; i < args.n + args.warmup; i++) {
    const bit = i % 64;
    const el = document.querySelector<HTMLButtonElement>(`button[data-bit="${bit}"]`)!;
    const before = el.getAttribute('aria-pressed');
    await afterPaint();
    let tDom = 0;
    const updated = new Promise<void>((resolve) => {
      const mo = new MutationObserver(() => {
        if (el.getAttribute('aria-pressed') === before) return;
        tDom = performance.now();
        mo.disconnect();
        resolve();
      });
      mo.observe(el, { attributes: true, attributeFilter: ['aria-pressed'] });
    });
    const t0 = performance.now();
    el.click();
    await updated;
    await afterPaint();
    const t1 = performance.now();
    if (i >= args.warmup) {
      painted.push(t1 - t0);
      script.push(tDom - t0);
    }
  }
  return { painted, script };
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const fmt = (x: number) => x.toFixed(2);

async function run(page: Page): Promise<Samples> {
  // tsx (esbuild keepNames) wraps inner functions in __name(); give the page a no-op one.
  await page.evaluate('globalThis.__name = (f) => f');
  return page.evaluate(measure, { n: N, warmup: WARMUP });
}

export async function benchUiToggle(): Promise<string[]> {
  return withPreview(PORT, async (url) => {
    const browser = await chromium.launch({ executablePath: chromiumExecutablePath() });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(url + '#v=0x8600000123456b77&preset=ept-ad&level=1');
      await page.getByRole('region', { name: 'Predicates' }).waitFor();
      const ui = await run(page);
      await page.setContent(BASELINE_HTML);
      const base = await run(page);
      const ratio = quantile(ui.painted, 0.95) / quantile(base.painted, 0.95);
      return [
        `ui toggle: median ${fmt(quantile(ui.painted, 0.5))} ms, p95 ${fmt(quantile(ui.painted, 0.95))} ms; ` +
          `baseline median ${fmt(quantile(base.painted, 0.5))} ms, p95 ${fmt(quantile(base.painted, 0.95))} ms; ` +
          `ratio p95 ${ratio.toFixed(2)}×`,
        `ui toggle, script only (click to DOM updated): median ${fmt(quantile(ui.script, 0.5))} ms, ` +
          `p95 ${fmt(quantile(ui.script, 0.95))} ms; baseline median ${fmt(quantile(base.script, 0.5))} ms, ` +
          `p95 ${fmt(quantile(base.script, 0.95))} ms (${N} toggles each)`,
      ];
    } finally {
      await browser.close();
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  for (const line of await benchUiToggle()) console.log(line);
