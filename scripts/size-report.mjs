#!/usr/bin/env node
// What the app page and the <spte-inspector> scripts cost a reader (gzip -9, each file on its
// own, as a server sends them), from an existing build (`npm run build`), and two checks:
//  - first load: the scripts index.html loads or preloads stay within FIRST_LOAD_BUDGET
//    (issue 13 aims at ≤ 100 kB; the budget keeps the first load from growing back);
//  - each embed script (JS with its CSS inlined) costs no more than the page as first shown:
//    the first load, the CSS, and the chunks the first screen then loads by itself, without
//    a click (SHOWN_WITHOUT_A_CLICK; e2e/size.spec.ts checks that a browser fetches exactly
//    these files). The embed shows the same panels at once, so this is the like-for-like cost.
// Usage: node scripts/size-report.mjs [dist] [--json]. Exits 1 when a check fails.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes (gzip -9) allowed for the first load's JS; 126.3 kB before issue 13's follow-up. */
export const FIRST_LOAD_BUDGET = 124_000;
/** Chunks (by name) that the first screen imports on its own once it is shown. */
export const SHOWN_WITHOUT_A_CLICK = ['InspectorPanels', 'KernelPanel', 'AppFooter'];
const EMBEDS = ['embed/spte-inspector.js', 'embed/spte-inspector.iife.js'];

const args = process.argv.slice(2);
const json = args.includes('--json');
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

function fail(message) {
  console.error(message);
  process.exit(1);
}

function measure(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(dist, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

for (const f of ['index.html', '.vite/manifest.json', ...EMBEDS]) {
  if (!existsSync(join(dist, f))) fail(`missing ${join(dist, f)}: run npm run build`);
}

// The first load: every local script and stylesheet index.html names (entry, preloads, CSS).
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstLoad = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?([^":]+\.(?:js|css))"/g)]
  .map((m) => m[1])
  .filter((f, i, all) => all.indexOf(f) === i);

// The chunks shown without a click, with everything they import, from Vite's manifest.
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const entry = manifest['index.html'];
if (!entry) fail(`${dist}/.vite/manifest.json has no index.html entry`);
const shownKeys = (entry.dynamicImports ?? []).filter((k) =>
  SHOWN_WITHOUT_A_CLICK.includes(manifest[k]?.name),
);
const missing = SHOWN_WITHOUT_A_CLICK.filter((n) => !shownKeys.some((k) => manifest[k].name === n));
if (missing.length)
  fail(`index.html no longer imports a chunk named ${missing.join(', ')}: update SHOWN_WITHOUT_A_CLICK`);
const later = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || key === 'index.html') return;
  for (const f of [chunk.file, ...(chunk.css ?? [])]) {
    if (firstLoad.includes(f) || later.has(f)) continue;
    later.add(f);
  }
  for (const k of chunk.imports ?? []) visit(k);
};
for (const k of shownKeys) visit(k);

const js = (files) => files.filter((f) => f.endsWith('.js'));
const css = (files) => files.filter((f) => f.endsWith('.css'));
const appJs = measure(js(firstLoad));
const appCss = measure(css(firstLoad));
const shownLater = measure([...later]);
const shown = measure([...firstLoad, ...later]);
const embeds = EMBEDS.map((f) => ({ file: f, ...measure([f]) }));

const checks = [
  {
    name: `first-load JS ≤ ${kB(FIRST_LOAD_BUDGET)} (aim: ≤ 100 kB)`,
    ok: appJs.gzip <= FIRST_LOAD_BUDGET,
  },
  ...embeds.map((e) => ({
    name: `${e.file} ≤ the page as first shown`,
    ok: e.gzip <= shown.gzip,
  })),
];

if (json) {
  const row = ({ raw, gzip, files }) => ({ raw, gzip, files });
  console.log(
    JSON.stringify(
      {
        firstLoadJs: row(appJs),
        firstLoadCss: row(appCss),
        shownWithoutAClick: row(shownLater),
        pageAsShown: row(shown),
        embeds: embeds.map(row),
        checks,
      },
      null,
      2,
    ),
  );
} else {
  const rows = [
    ['app first-load JS (entry + preloaded chunks)', appJs],
    ['app CSS', appCss],
    ['app first load, JS + CSS', { raw: appJs.raw + appCss.raw, gzip: appJs.gzip + appCss.gzip }],
    [`+ loaded without a click (${SHOWN_WITHOUT_A_CLICK.join(', ')})`, shownLater],
    ['app page as first shown, JS + CSS', shown],
    ...embeds.map((e) => [`${e.file} (JS + inlined CSS)`, e]),
  ];
  const width = Math.max(...rows.map(([n]) => n.length));
  for (const [name, m] of rows)
    console.log(`${name.padEnd(width)}  ${kB(m.raw).padStart(9)}  gzip -9 ${kB(m.gzip).padStart(8)}`);
  for (const c of checks) console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}`);
}
process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
